import {
  type CanonicalComment,
  type ChannelAccount,
  type ChannelConnector,
  type ConnectorCapabilities,
  type FetchResult,
  type InboundWebhook,
  type PostedReply,
  type ReplyTarget,
  type WebhookOutcome,
  type WebhookSecrets,
} from '../connector.types';
import { type ConnectorOptions } from '../connector-options';
import { rateLimitFromHeaders } from '../http/rate-limit-headers';
import { backfillStart } from '../shared/account-settings';
import { upsertEvent } from '../shared/build-comment';
import { decodeCursor, encodeCursor, isOptionalString, isRecord } from '../shared/cursor';
import { assertReplyFits } from '../shared/reply-length';
import { findOwnReply, replySearchStart, searchReplyPages } from '../shared/reply-match';
import { XClient } from './x.client';
import { mapXPost, postUrl, usersById } from './x.mapper';
import { measureXText } from './x.reply-length';
import { sameXReplyText } from './x.reply-text';
import { handleXWebhook } from './x.webhook';

/**
 * Between polls only `sinceId`; while paging, the token of the next page and the first page's
 * newest id, which becomes `sinceId` once the last page is stored (CHANNELS.md §4.2).
 */
interface XCursor {
  sinceId?: string;
  startTime?: string;
  page?: { token: string; newestId: string };
}

/**
 * X (Twitter) API v2: polls the connected user's mentions, replies as posts in the
 * conversation, hides replies in conversations the account started and deletes its own posts.
 */
export class XConnector implements ChannelConnector {
  readonly kind = 'x' as const;
  readonly capabilities: ConnectorCapabilities = {
    webhooks: false,
    polling: true,
    refresh: true,
    reply: true,
    hide: true,
    // X lets an account delete only its own posts; the platform answers 403 otherwise.
    delete: true,
    deleteReply: true,
    maxReplyLength: 280,
  };
  private readonly client: XClient;

  constructor(private readonly options: ConnectorOptions) {
    this.client = new XClient(options);
  }

  handleWebhook(request: InboundWebhook, secrets: WebhookSecrets): WebhookOutcome {
    return handleXWebhook(request, secrets);
  }

  async fetchSince(
    account: ChannelAccount,
    cursor: string | null,
    signal?: AbortSignal,
  ): Promise<FetchResult> {
    const state: XCursor = cursor
      ? decodeCursor(cursor, isXCursor, 'x')
      : { startTime: backfillStart(account, this.options.now()) };
    const response = await this.client.listMentions(account, {
      ...(state.sinceId ? { sinceId: state.sinceId } : {}),
      // since_id already bounds later polls; start_time only bounds the first backfill.
      ...(state.startTime && !state.sinceId ? { startTime: state.startTime } : {}),
      ...(state.page ? { paginationToken: state.page.token } : {}),
      ...(signal ? { signal } : {}),
    });
    const body = response.body ?? {};
    const users = usersById(body.includes?.users);
    const events = (body.data ?? []).map((post) =>
      upsertEvent(mapXPost(account.accountRef, post, users)),
    );
    const rateLimit = rateLimitFromHeaders(response.headers);
    const newestId = state.page?.newestId ?? body.meta?.newest_id;
    const nextToken = body.meta?.next_token;
    let next: XCursor | null;
    if (nextToken && newestId) {
      next = { ...withoutPage(state), page: { token: nextToken, newestId } };
    } else {
      // No results and no paging in flight: keep the stored cursor.
      next = newestId ? { sinceId: newestId } : null;
    }
    return {
      events,
      nextCursor: next ? encodeCursor(next) : null,
      hasMore: next?.page !== undefined,
      ...(rateLimit ? { rateLimit } : {}),
    };
  }

  async refresh(account: ChannelAccount, externalId: string): Promise<CanonicalComment | null> {
    // Deleted or protected posts come back in `errors` of a 200 response, not as a 404.
    const body = await this.client.lookupPosts(account, [externalId]);
    const post = body.data?.find(
      (item) => item.id === externalId || item.edit_history_tweet_ids?.includes(externalId),
    );
    return post ? mapXPost(account.accountRef, post, usersById(body.includes?.users)) : null;
  }

  measureReply(text: string): number {
    return measureXText(text);
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
    // Answer the post itself so the reply sits under it in the conversation.
    const id = await this.client.createReply(account, text, target.externalId);
    return { externalId: id, permalink: postUrl(id), postedAt: this.options.now().toISOString() };
  }

  /**
   * Reads the connected user's own posts since `since` (`start_time` bounds the list, so every
   * page is recent) for one replying to the target with the same text, compared the way X
   * rewrites it (see `sameXReplyText`).
   */
  async findPostedReply(
    account: ChannelAccount,
    target: ReplyTarget,
    text: string,
    since: string,
  ): Promise<PostedReply | null> {
    const postedFrom = replySearchStart(since, this.kind);
    return await searchReplyPages(this.kind, async (paginationToken) => {
      const body = await this.client.listOwnPosts(account, {
        startTime: postedFrom,
        paginationToken,
      });
      const replies = (body.data ?? [])
        .map((post) => mapXPost(account.accountRef, post, usersById(body.includes?.users)))
        .filter((post) => post.parentExternalId === target.externalId);
      return {
        found: findOwnReply(replies, { text, postedFrom, sameText: sameXReplyText }),
        next: body.meta?.next_token,
      };
    });
  }

  setHidden(account: ChannelAccount, externalId: string, hidden: boolean): Promise<void> {
    return this.client.setHidden(account, externalId, hidden);
  }

  delete(account: ChannelAccount, externalId: string): Promise<void> {
    return this.client.deletePost(account, externalId);
  }

  deleteReply(account: ChannelAccount, replyExternalId: string): Promise<void> {
    return this.client.deletePost(account, replyExternalId);
  }
}

function withoutPage(state: XCursor): XCursor {
  const { page: _page, ...rest } = state;
  return rest;
}

function isXCursor(value: unknown): value is XCursor {
  if (!isRecord(value) || !isOptionalString(value.sinceId) || !isOptionalString(value.startTime)) {
    return false;
  }
  const page = value.page;
  return (
    page === undefined ||
    (isRecord(page) && typeof page.token === 'string' && typeof page.newestId === 'string')
  );
}
