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
import { InstagramClient } from './instagram.client';
import { flattenInstagramComments, mapGraphInstagramComment } from './instagram.mapper';
import { handleInstagramWebhook } from './instagram.webhook';

// Media published within this many days is swept for comments.
const DEFAULT_MEDIA_LOOKBACK_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * Instagram professional accounts: `comments` webhooks for new comments; polling (media →
 * comments) is the only way to see edits, deletions and missed deliveries, as Instagram sends
 * no notification for them.
 */
export class InstagramConnector implements ChannelConnector {
  readonly kind = 'instagram' as const;
  readonly capabilities: ConnectorCapabilities = {
    webhooks: true,
    polling: true,
    refresh: true,
    reply: true,
    hide: true,
    delete: true,
    deleteReply: true,
    maxReplyLength: 2200,
  };
  private readonly client: InstagramClient;

  constructor(private readonly options: ConnectorOptions) {
    this.client = new InstagramClient(options);
  }

  handleWebhook(request: InboundWebhook, secrets: WebhookSecrets): WebhookOutcome {
    return handleInstagramWebhook(request, secrets);
  }

  fetchSince(
    account: ChannelAccount,
    cursor: string | null,
    signal?: AbortSignal,
  ): Promise<FetchResult> {
    const igUserId = account.accountRef;
    return advanceMetaSweep({
      account,
      cursor,
      now: this.options.now(),
      source: {
        listParents: async ({ after, sweepStartedAt }) => {
          const lookbackDays = numberSetting(
            account,
            'mediaLookbackDays',
            DEFAULT_MEDIA_LOOKBACK_DAYS,
          );
          const oldest = new Date(Date.parse(sweepStartedAt) - lookbackDays * DAY_MS).toISOString();
          const list = await this.client.listMedia(account, {
            ...(after ? { after } : {}),
            ...(signal ? { signal } : {}),
          });
          const media = list.data ?? [];
          const recent = media.filter((item) => (toIsoUtc(item.timestamp) ?? oldest) >= oldest);
          const parentIds = recent
            .filter((item) => item.comments_count === undefined || item.comments_count > 0)
            .map((item) => item.id);
          // Media is listed newest first: past the lookback, later pages are older still.
          const next = recent.length === media.length ? nextAfter(list) : undefined;
          return next ? { parentIds, nextAfter: next } : { parentIds };
        },
        listComments: async ({ parentId, after, windowStart }) => {
          const list = await this.client.listComments(account, {
            mediaId: parentId,
            ...(after ? { after } : {}),
            ...(signal ? { signal } : {}),
          });
          // No documented order, so every page is read and filtered by time.
          const events = flattenInstagramComments(igUserId, parentId, list.data ?? [])
            .filter((comment) => comment.createdAt >= windowStart)
            .map((comment) => upsertEvent(comment));
          const next = nextAfter(list);
          return next ? { events, nextAfter: next } : { events };
        },
      },
    });
  }

  async refresh(account: ChannelAccount, externalId: string): Promise<CanonicalComment | null> {
    try {
      const comment = await this.client.getComment(account, externalId);
      return comment?.id ? mapGraphInstagramComment(account.accountRef, comment) : null;
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
    const id = await this.client.postReply(account, commentToAnswer(target), text);
    return { externalId: id, postedAt: this.options.now().toISOString() };
  }

  /**
   * Reads every page of the replies of the comment `postReply` answered: the replies edge has
   * no documented order, so no page can be skipped.
   */
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
      newestFirst: false,
      listPage: (after) => this.client.listReplies(account, { commentId, after }),
      toComment: (reply) =>
        mapGraphInstagramComment(account.accountRef, reply, {
          mediaId: target.threadRootId,
          parentId: commentId,
        }),
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

// Only top-level comments take replies; a reply to a reply goes to its top-level comment.
function commentToAnswer(target: ReplyTarget): string {
  return target.parentExternalId ?? target.externalId;
}
