import { ChannelError } from '../channel-error';
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
import { nextAfter } from '../meta/meta-graph';
import { findMetaReply } from '../meta/meta-replies';
import { advanceMetaSweep } from '../meta/meta-sweep';
import { numberSetting } from '../shared/account-settings';
import { upsertEvent } from '../shared/build-comment';
import { assertReplyFits, countCodePoints } from '../shared/reply-length';
import { replySearchStart } from '../shared/reply-match';
import { toIsoUtc } from '../shared/timestamps';
import { FacebookClient } from './facebook.client';
import { mapGraphComment } from './facebook.mapper';
import { handleFacebookWebhook } from './facebook.webhook';

// Comments land on older posts too; posts created within this many days are swept.
const DEFAULT_POST_LOOKBACK_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * Facebook Pages: `feed` webhooks are the primary source, polling (`published_posts` →
 * `comments`) reconciles missed deliveries; replies, hide/unhide and delete go through the
 * Graph API with the Page token.
 */
export class FacebookConnector implements ChannelConnector {
  readonly kind = 'facebook' as const;
  readonly capabilities: ConnectorCapabilities = {
    webhooks: true,
    polling: true,
    refresh: true,
    reply: true,
    hide: true,
    delete: true,
    deleteReply: true,
    maxReplyLength: 8000,
  };
  private readonly client: FacebookClient;

  constructor(private readonly options: ConnectorOptions) {
    this.client = new FacebookClient(options);
  }

  handleWebhook(request: InboundWebhook, secrets: WebhookSecrets): WebhookOutcome {
    return handleFacebookWebhook(request, secrets);
  }

  fetchSince(
    account: ChannelAccount,
    cursor: string | null,
    signal?: AbortSignal,
  ): Promise<FetchResult> {
    const pageId = account.accountRef;
    return advanceMetaSweep({
      account,
      cursor,
      now: this.options.now(),
      source: {
        listParents: async ({ after, windowStart, sweepStartedAt }) => {
          const lookbackDays = numberSetting(
            account,
            'postLookbackDays',
            DEFAULT_POST_LOOKBACK_DAYS,
          );
          const postsSince = Math.min(
            Date.parse(windowStart),
            Date.parse(sweepStartedAt) - lookbackDays * DAY_MS,
          );
          const list = await this.client.listPublishedPosts(account, {
            sinceUnix: Math.floor(postsSince / 1000),
            ...(after ? { after } : {}),
            ...(signal ? { signal } : {}),
          });
          // A new comment bumps the post's updated_time, so quiet posts need no comment read.
          const parentIds = (list.data ?? [])
            .filter((post) => (toIsoUtc(post.updated_time) ?? windowStart) >= windowStart)
            .map((post) => post.id);
          const next = nextAfter(list);
          return next ? { parentIds, nextAfter: next } : { parentIds };
        },
        listComments: async ({ parentId, after, windowStart }) => {
          const list = await this.client.listComments(account, {
            postId: parentId,
            ...(after ? { after } : {}),
            ...(signal ? { signal } : {}),
          });
          const comments = (list.data ?? []).map((item) => mapGraphComment(pageId, item, parentId));
          const recent = comments.filter((comment) => comment.createdAt >= windowStart);
          const next = nextAfter(list);
          // Newest first: once a page reaches past the window, the rest is older still.
          const reachedOld = recent.length < comments.length;
          return {
            events: recent.map((comment) => upsertEvent(comment)),
            ...(next && !reachedOld ? { nextAfter: next } : {}),
          };
        },
      },
    });
  }

  async refresh(account: ChannelAccount, externalId: string): Promise<CanonicalComment | null> {
    try {
      const comment = await this.client.getComment(account, externalId);
      return comment?.id ? mapGraphComment(account.accountRef, comment) : null;
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
    const id = await this.client.postComment(account, commentToAnswer(target), text);
    return { externalId: id, postedAt: this.options.now().toISOString() };
  }

  /** Reads the replies of the comment `postReply` answered, newest first, back to `since`. */
  async findPostedReply(
    account: ChannelAccount,
    target: ReplyTarget,
    text: string,
    since: string,
  ): Promise<PostedReply | null> {
    const commentId = commentToAnswer(target);
    return await findMetaReply({
      platform: this.kind,
      text,
      postedFrom: replySearchStart(since, this.kind),
      newestFirst: true,
      listPage: (after) => this.client.listReplies(account, { commentId, after }),
      toComment: (reply) => mapGraphComment(account.accountRef, reply, target.threadRootId),
    });
  }

  setHidden(account: ChannelAccount, externalId: string, hidden: boolean): Promise<void> {
    return this.client.setHidden(account, externalId, hidden);
  }

  delete(account: ChannelAccount, externalId: string): Promise<void> {
    return this.client.deleteComment(account, externalId);
  }

  deleteReply(account: ChannelAccount, replyExternalId: string): Promise<void> {
    return this.client.deleteComment(account, replyExternalId);
  }
}

// Threads are two levels deep: a reply to a reply attaches to the top-level comment.
function commentToAnswer(target: ReplyTarget): string {
  return target.parentExternalId ?? target.externalId;
}
