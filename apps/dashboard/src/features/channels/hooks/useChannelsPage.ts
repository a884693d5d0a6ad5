import { useQuery } from '@apollo/client/react';

import { ChannelsPageQuery } from '../graphql/channels-page.query';

/**
 * How often the page asks again while it is open. Health comes from the background poller and
 * webhooks, which tell the dashboard nothing, so the page refreshes itself.
 */
export const CHANNELS_REFRESH_MS = 15_000;

/** Every channel with its connection, refreshed every 15 s; skipped for people who may not see it. */
export function useChannelsPage(isAdmin: boolean) {
  const { data, error, refetch } = useQuery(ChannelsPageQuery, {
    skip: !isAdmin,
    pollInterval: CHANNELS_REFRESH_MS,
  });
  return { data: data ?? null, error: error ?? null, refetch };
}
