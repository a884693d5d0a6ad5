import {
  type ChannelAccount,
  type ChannelConnector,
  type ChannelEvent,
  type FetchResult,
} from '../connector.types';

/**
 * Calls `fetchSince` the way the scheduler does: again with `nextCursor` while `hasMore`,
 * storing a cursor only when one is returned. Bounded, so a connector that never finishes
 * fails the spec instead of hanging it.
 */
export async function drain(
  connector: ChannelConnector,
  account: ChannelAccount,
  cursor: string | null,
): Promise<{ events: ChannelEvent[]; cursor: string | null; calls: FetchResult[] }> {
  const calls: FetchResult[] = [];
  let stored = cursor;
  for (let call = 0; call < 25; call += 1) {
    const result = await connector.fetchSince(account, stored);
    calls.push(result);
    stored = result.nextCursor ?? stored;
    if (!result.hasMore) {
      return { events: calls.flatMap((item) => item.events), cursor: stored, calls };
    }
  }
  throw new Error('fetchSince still had more after 25 calls');
}
