import { useQuery } from '@apollo/client/react';

import { ModerationPageQuery } from '../graphql/moderation-page.query';

/** Everything the moderation page shows, in one request; skipped for people who may not see it. */
export function useModerationPage(canManage: boolean) {
  const { data, loading, error, refetch } = useQuery(ModerationPageQuery, { skip: !canManage });
  return { data: data ?? null, isLoading: loading, error: error ?? null, refetch };
}
