import { useQuery } from '@apollo/client/react';

import { AuthorPanelQuery } from '../graphql/author-panel.query';

/** The author of a comment, fetched only while the panel is open. */
export function useAuthorPanel(commentId: string, opened: boolean) {
  const { data, loading, error, refetch } = useQuery(AuthorPanelQuery, {
    variables: { commentId },
    skip: !opened,
  });
  return { data: data ?? null, isLoading: loading, error: error ?? null, refetch };
}
