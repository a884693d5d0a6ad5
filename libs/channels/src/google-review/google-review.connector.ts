import { ChannelError } from '../channel-error';
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
import { backfillStart, overlapMs } from '../shared/account-settings';
import { upsertEvent } from '../shared/build-comment';
import { decodeCursor, encodeCursor, isOptionalString, isRecord } from '../shared/cursor';
import { assertReplyFits, countCodePoints } from '../shared/reply-length';
import { findOwnReply, replySearchStart } from '../shared/reply-match';
import { laterOf, minusMs, toIsoUtc } from '../shared/timestamps';
import { GoogleReviewClient } from './google-review.client';
import { isReplyId, mapGoogleReview, replyIdOf, reviewIdOf } from './google-review.mapper';

/**
 * `watermark` is the newest `updateTime` stored; while paging, the next page token and the
 * newest `updateTime` seen so far in this pass (the first page's first review).
 */
interface GoogleReviewCursor {
  watermark?: string;
  page?: { token: string; newestSeen?: string };
}

/**
 * Google Business Profile reviews: polled newest-updated first (edits bump `updateTime`), star
 * rating kept, one owner reply per review via `updateReply`. Owners cannot hide or delete
 * reviews through the API; only the reply can be removed.
 */
export class GoogleReviewConnector implements ChannelConnector {
  readonly kind = 'google_review' as const;
  readonly capabilities: ConnectorCapabilities = {
    webhooks: false,
    polling: true,
    refresh: true,
    reply: true,
    hide: false,
    delete: false,
    deleteReply: true,
    maxReplyLength: 4096,
  };
  private readonly client: GoogleReviewClient;

  constructor(private readonly options: ConnectorOptions) {
    this.client = new GoogleReviewClient(options);
  }

  async fetchSince(
    account: ChannelAccount,
    cursor: string | null,
    signal?: AbortSignal,
  ): Promise<FetchResult> {
    const state: GoogleReviewCursor = cursor
      ? decodeCursor(cursor, isGoogleReviewCursor, 'google_review')
      : {};
    const windowStart = state.watermark
      ? minusMs(state.watermark, overlapMs(account))
      : backfillStart(account, this.options.now());
    const list = await this.client.listReviews(account, {
      ...(state.page ? { pageToken: state.page.token } : {}),
      ...(signal ? { signal } : {}),
    });
    const reviews = list.reviews ?? [];
    let newestSeen = state.page?.newestSeen;
    const events: ChannelEvent[] = [];
    let reachedOld = false;
    for (const review of reviews) {
      const updatedAt = toIsoUtc(review.updateTime) ?? toIsoUtc(review.createTime);
      if (updatedAt === undefined || updatedAt < windowStart) {
        reachedOld = true;
        continue;
      }
      newestSeen = laterOf(newestSeen, updatedAt);
      events.push(
        ...mapGoogleReview(account.accountRef, review).map((comment) => upsertEvent(comment)),
      );
    }
    if (list.nextPageToken && !reachedOld) {
      const page = { token: list.nextPageToken, ...(newestSeen ? { newestSeen } : {}) };
      return { events, nextCursor: encodeCursor({ ...state, page }), hasMore: true };
    }
    const watermark = laterOf(state.watermark, newestSeen);
    // A finished pass must overwrite a stored page token, even when nothing new was seen.
    const isChanged = state.page !== undefined || watermark !== state.watermark;
    return {
      events,
      nextCursor: isChanged ? encodeCursor(watermark ? { watermark } : {}) : null,
      hasMore: false,
    };
  }

  async refresh(account: ChannelAccount, externalId: string): Promise<CanonicalComment | null> {
    try {
      const review = await this.client.getReview(account, reviewIdOf(externalId));
      const comments = review?.reviewId ? mapGoogleReview(account.accountRef, review) : [];
      return comments.find((comment) => comment.externalId === externalId) ?? null;
    } catch (error) {
      if (error instanceof ChannelError && error.kind === 'not_found') {
        return null;
      }
      throw error;
    }
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
    const reviewId = reviewIdOf(target.externalId);
    const reply = await this.client.updateReply(account, reviewId, text);
    return {
      externalId: replyIdOf(reviewId),
      postedAt: toIsoUtc(reply.updateTime) ?? this.options.now().toISOString(),
    };
  }

  /**
   * A review has at most one owner reply and `updateReply` overwrites it, so posting again is
   * harmless here; re-reading the review still tells the outbox whether the first PUT landed.
   * The reply counts when its text matches and its `updateTime` is at or after `since`.
   */
  async findPostedReply(
    account: ChannelAccount,
    target: ReplyTarget,
    text: string,
    since: string,
  ): Promise<PostedReply | null> {
    const postedFrom = replySearchStart(since, this.kind);
    const review = await this.client.getReview(account, reviewIdOf(target.externalId));
    const comments = review?.reviewId ? mapGoogleReview(account.accountRef, review) : [];
    return findOwnReply(comments, { text, postedFrom }) ?? null;
  }

  async deleteReply(account: ChannelAccount, replyExternalId: string): Promise<void> {
    if (!isReplyId(replyExternalId)) {
      throw new ChannelError(
        'invalid',
        'google_review: only the owner reply of a review can be deleted',
      );
    }
    await this.client.deleteReply(account, reviewIdOf(replyExternalId));
  }
}

function isGoogleReviewCursor(value: unknown): value is GoogleReviewCursor {
  if (!isRecord(value) || !isOptionalString(value.watermark)) {
    return false;
  }
  const page = value.page;
  return (
    page === undefined ||
    (isRecord(page) && typeof page.token === 'string' && isOptionalString(page.newestSeen))
  );
}
