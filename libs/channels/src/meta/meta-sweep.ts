import { ChannelError } from '../channel-error';
import { type ChannelAccount, type ChannelEvent, type FetchResult } from '../connector.types';
import { backfillStart, overlapMs } from '../shared/account-settings';
import { decodeCursor, encodeCursor, isOptionalString, isRecord } from '../shared/cursor';
import { minusMs } from '../shared/timestamps';

/**
 * Polling cursor for Meta: comments live under posts (Pages) or media (Instagram), so a sweep
 * lists parents, queues the ones with recent activity, then reads each parent's comments page
 * by page. Between sweeps only `since` is kept.
 */
export interface MetaPollCursor {
  /** Comments created at or after this (minus the overlap) are read; ISO UTC. */
  since: string;
  sweep?: {
    /** Becomes `since` when the sweep ends, so comments arriving mid-sweep are read next time. */
    startedAt: string;
    parentsAfter?: string;
    parentsListed: boolean;
    queue: string[];
    childrenAfter?: string;
  };
}

export interface MetaSweepSource {
  /** One page of parents (posts/media) worth reading since `windowStart`. */
  listParents(request: {
    after: string | undefined;
    windowStart: string;
    sweepStartedAt: string;
  }): Promise<{ parentIds: string[]; nextAfter?: string }>;
  /** One page of a parent's comments; no `nextAfter` once the rest is older than the window. */
  listComments(request: {
    parentId: string;
    after: string | undefined;
    windowStart: string;
  }): Promise<{ events: ChannelEvent[]; nextAfter?: string }>;
}

/**
 * Advances a Meta polling sweep by one Graph request. A parent deleted since it was listed
 * (`not_found`) is skipped instead of failing the whole sweep.
 */
export async function advanceMetaSweep(options: {
  account: ChannelAccount;
  cursor: string | null;
  now: Date;
  source: MetaSweepSource;
}): Promise<FetchResult> {
  const { account, source } = options;
  const state: MetaPollCursor = options.cursor
    ? decodeCursor(options.cursor, isMetaPollCursor, account.kind)
    : { since: backfillStart(account, options.now) };
  const sweep = state.sweep ?? {
    startedAt: options.now.toISOString(),
    parentsListed: false,
    queue: [],
  };
  const windowStart = minusMs(state.since, overlapMs(account));
  let events: ChannelEvent[] = [];
  if (sweep.queue.length > 0) {
    const [parentId, ...rest] = sweep.queue as [string, ...string[]];
    let nextAfter: string | undefined;
    try {
      const page = await source.listComments({ parentId, after: sweep.childrenAfter, windowStart });
      events = page.events;
      nextAfter = page.nextAfter;
    } catch (error) {
      if (!(error instanceof ChannelError && error.kind === 'not_found')) {
        throw error;
      }
    }
    sweep.queue = nextAfter === undefined ? rest : sweep.queue;
    sweep.childrenAfter = nextAfter;
  } else if (!sweep.parentsListed) {
    const page = await source.listParents({
      after: sweep.parentsAfter,
      windowStart,
      sweepStartedAt: sweep.startedAt,
    });
    sweep.queue = page.parentIds;
    sweep.parentsAfter = page.nextAfter;
    sweep.parentsListed = page.nextAfter === undefined;
  }
  if (sweep.queue.length === 0 && sweep.parentsListed) {
    return { events, nextCursor: encodeCursor({ since: sweep.startedAt }), hasMore: false };
  }
  return { events, nextCursor: encodeCursor({ since: state.since, sweep }), hasMore: true };
}

function isMetaPollCursor(value: unknown): value is MetaPollCursor {
  if (
    !isRecord(value) ||
    typeof value.since !== 'string' ||
    Number.isNaN(Date.parse(value.since))
  ) {
    return false;
  }
  const sweep = value.sweep;
  return (
    sweep === undefined ||
    (isRecord(sweep) &&
      typeof sweep.startedAt === 'string' &&
      typeof sweep.parentsListed === 'boolean' &&
      Array.isArray(sweep.queue) &&
      sweep.queue.every((id) => typeof id === 'string') &&
      isOptionalString(sweep.parentsAfter) &&
      isOptionalString(sweep.childrenAfter))
  );
}
