import {
  type CanonicalComment,
  type ChannelAccount,
  type ChannelConnector,
  type ChannelEvent,
  type ConnectorCapabilities,
  type FetchResult,
  type PostedReply,
  type ReplyTarget,
} from '../connector.types';
import { type ConnectorOptions } from '../connector-options';
import { backfillStart, overlapMs, stringListSetting } from '../shared/account-settings';
import { upsertEvent } from '../shared/build-comment';
import { decodeCursor, encodeCursor, isOptionalString, isRecord } from '../shared/cursor';
import { assertReplyFits, countCodePoints } from '../shared/reply-length';
import { findOwnReply, replySearchStart, searchReplyPages } from '../shared/reply-match';
import { minusMs } from '../shared/timestamps';
import { YouTubeClient } from './youtube.client';
import { flattenYouTubeThread, mapYouTubeComment } from './youtube.mapper';

// YouTube's own filters may hold exactly the comments a hospital most needs to see.
const DEFAULT_MODERATION_STATUSES = ['published', 'heldForReview', 'likelySpam'];

/**
 * A sweep lists comment threads once per moderation status, newest first, until a page holds
 * only activity older than the window; threads whose replies were not all embedded are queued
 * and their replies read with `comments.list`. Between sweeps only `since` is kept.
 */
interface YouTubeCursor {
  since: string;
  sweep?: {
    startedAt: string;
    statusIndex: number;
    pageToken?: string;
    replyQueue: Array<{ threadId: string; videoId?: string; pageToken?: string }>;
  };
}

/** YouTube Data API v3: polling only (YouTube has no comment webhooks). */
export class YouTubeConnector implements ChannelConnector {
  readonly kind = 'youtube' as const;
  readonly capabilities: ConnectorCapabilities = {
    webhooks: false,
    polling: true,
    refresh: true,
    reply: true,
    hide: true,
    delete: true,
    deleteReply: true,
    maxReplyLength: 10_000,
  };
  private readonly client: YouTubeClient;

  constructor(private readonly options: ConnectorOptions) {
    this.client = new YouTubeClient(options);
  }

  async fetchSince(
    account: ChannelAccount,
    cursor: string | null,
    signal?: AbortSignal,
  ): Promise<FetchResult> {
    const now = this.options.now();
    const state: YouTubeCursor = cursor
      ? decodeCursor(cursor, isYouTubeCursor, 'youtube')
      : { since: backfillStart(account, now) };
    const sweep = state.sweep ?? { startedAt: now.toISOString(), statusIndex: 0, replyQueue: [] };
    const statuses = stringListSetting(account, 'moderationStatuses', DEFAULT_MODERATION_STATUSES);
    const windowStart = minusMs(state.since, overlapMs(account));
    const isRecent = (comment: CanonicalComment): boolean =>
      (comment.updatedAt ?? comment.createdAt) >= windowStart;
    let events: ChannelEvent[];
    const [queued, ...restQueue] = sweep.replyQueue;
    if (queued) {
      const page = await this.client.listReplies(account, {
        parentId: queued.threadId,
        ...(queued.pageToken ? { pageToken: queued.pageToken } : {}),
        ...(signal ? { signal } : {}),
      });
      const context = queued.videoId ? { videoId: queued.videoId } : {};
      events = (page.items ?? [])
        .map((reply) => mapYouTubeComment(account.accountRef, reply, context))
        .filter(isRecent)
        .map((comment) => upsertEvent(comment));
      sweep.replyQueue = page.nextPageToken
        ? [{ ...queued, pageToken: page.nextPageToken }, ...restQueue]
        : restQueue;
    } else {
      const status = statuses[sweep.statusIndex] ?? 'published';
      const page = await this.client.listThreads(account, {
        moderationStatus: status,
        ...(sweep.pageToken ? { pageToken: sweep.pageToken } : {}),
        ...(signal ? { signal } : {}),
      });
      const threads = page.items ?? [];
      const recentThreads = threads.filter((thread) =>
        flattenYouTubeThread(account.accountRef, thread, status).some(isRecent),
      );
      events = recentThreads
        .flatMap((thread) => flattenYouTubeThread(account.accountRef, thread, status))
        .filter(isRecent)
        .map((comment) => upsertEvent(comment));
      sweep.replyQueue = recentThreads
        .filter(
          (thread) =>
            (thread.snippet?.totalReplyCount ?? 0) > (thread.replies?.comments?.length ?? 0),
        )
        .map((thread) => ({
          threadId: thread.id,
          ...(thread.snippet?.videoId ? { videoId: thread.snippet.videoId } : {}),
        }));
      // Newest first: a page with nothing recent means the rest of this status is older.
      if (page.nextPageToken && recentThreads.length > 0) {
        sweep.pageToken = page.nextPageToken;
      } else {
        delete sweep.pageToken;
        sweep.statusIndex += 1;
      }
    }
    if (sweep.replyQueue.length === 0 && sweep.statusIndex >= statuses.length) {
      return { events, nextCursor: encodeCursor({ since: sweep.startedAt }), hasMore: false };
    }
    return { events, nextCursor: encodeCursor({ since: state.since, sweep }), hasMore: true };
  }

  async refresh(account: ChannelAccount, externalId: string): Promise<CanonicalComment | null> {
    // A deleted comment is simply missing from `items`.
    const comment = await this.client.getComment(account, externalId);
    return comment ? mapYouTubeComment(account.accountRef, comment) : null;
  }

  measureReply(text: string): number {
    return countCodePoints(text);
  }

  async postReply(
    account: ChannelAccount,
    target: ReplyTarget,
    text: string,
    _attemptKey: string,
  ): Promise<PostedReply> {
    assertReplyFits({
      kind: this.kind,
      text,
      length: this.measureReply(text),
      maxLength: this.capabilities.maxReplyLength,
    });
    const created = await this.client.insertReply(account, topLevelCommentOf(target), text);
    const reply = mapYouTubeComment(account.accountRef, created);
    return {
      externalId: created.id,
      ...(reply.permalink ? { permalink: reply.permalink } : {}),
      postedAt: created.snippet?.publishedAt ? reply.createdAt : this.options.now().toISOString(),
    };
  }

  /**
   * Reads every page of `comments.list?parentId=` for the thread `postReply` answered (1 quota
   * unit a page; the order of replies is not documented). Our own replies come back with
   * `textOriginal`, which is returned to the comment's author.
   */
  async findPostedReply(
    account: ChannelAccount,
    target: ReplyTarget,
    text: string,
    since: string,
  ): Promise<PostedReply | null> {
    const postedFrom = replySearchStart(since, this.kind);
    const parentId = topLevelCommentOf(target);
    return await searchReplyPages(this.kind, async (pageToken) => {
      const page = await this.client.listReplies(account, { parentId, pageToken });
      const replies = (page.items ?? []).map((reply) =>
        mapYouTubeComment(account.accountRef, reply),
      );
      return { found: findOwnReply(replies, { text, postedFrom }), next: page.nextPageToken };
    });
  }

  /** Hidden = held for review, which takes it off the public page until published again. */
  setHidden(account: ChannelAccount, externalId: string, hidden: boolean): Promise<void> {
    return this.client.setModerationStatus(
      account,
      externalId,
      hidden ? 'heldForReview' : 'published',
    );
  }

  /** Someone else's comment cannot be deleted, only rejected, which removes it from view. */
  delete(account: ChannelAccount, externalId: string): Promise<void> {
    return this.client.setModerationStatus(account, externalId, 'rejected');
  }

  deleteReply(account: ChannelAccount, replyExternalId: string): Promise<void> {
    return this.client.deleteComment(account, replyExternalId);
  }
}

// Replies can't nest: a reply to a reply goes to the thread's top-level comment.
function topLevelCommentOf(target: ReplyTarget): string {
  return target.parentExternalId ?? target.externalId;
}

function isYouTubeCursor(value: unknown): value is YouTubeCursor {
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
      typeof sweep.statusIndex === 'number' &&
      isOptionalString(sweep.pageToken) &&
      Array.isArray(sweep.replyQueue) &&
      sweep.replyQueue.every((item) => isRecord(item) && typeof item.threadId === 'string'))
  );
}
