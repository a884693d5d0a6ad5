import { useQuery } from '@apollo/client/react';

import { ActiveSpikesQuery } from '../graphql/active-spikes.query';

/** The watcher checks for spikes every five minutes; the banner looks once a minute. */
const POLL_MS = 60_000;

/** Spike alerts nobody has acknowledged yet (acknowledged ones leave at once, from the cache). */
export function useActiveSpikes() {
  const { data, error } = useQuery(ActiveSpikesQuery, { pollInterval: POLL_MS });
  const spikes = (data?.activeSpikes ?? []).filter((spike) => !spike.acknowledgedAt);
  return { spikes, error: error ?? null };
}
