import { ChannelError } from '../channel-error';
import {
  type CanonicalComment,
  type ChannelAccount,
  type ChannelConnector,
  type ConnectorCapabilities,
  type FetchResult,
  type PostedReply,
  type ReplyTarget,
} from '../connector.types';
import { type ConnectorOptions } from '../connector-options';
import { backfillStart, overlapMs, stringListSetting } from '../shared/account-settings';
import { decodeCursor, encodeCursor, isOptionalString, isRecord } from '../shared/cursor';
import { assertReplyFits } from '../shared/reply-length';
import { laterOf, minusMs, toIsoUtc } from '../shared/timestamps';
import { BlogClient } from './blog.client';
import { mapWordPressComment, toBlogEvent, type WordPressComment } from './blog.mapper';

// `approve` is the default; pending (`hold`) comments need moderation rights but are often
// the ones a hospital must see first. `spam` can be added per site.
const DEFAULT_POLL_STATUSES = ['approve', 'hold'];
// WordPress stores comment_content in a TEXT column: 65,535 bytes less its own overhead.
const MAX_COMMENT_BYTES = 65_525;

/**
 * `after` is the newest `date_gmt` stored; a pass lists each polled status in ascending date
 * order, page by page, from `after` minus the overlap. Comments sharing a second with the
 * watermark are re-read by the overlap, and dedupe makes that harmless, so no id tiebreak is
 * needed. Edits have no modified date: they show up as a new content hash on re-reads, and a
 * null cursor re-scans the last `backfillDays`.
 */
interface BlogCursor {
  after: string;
  pass?: { statusIndex: number; page: number; newestSeen?: string };
}

/** WordPress REST API comments: polling only (core WordPress has no webhooks). */
export class BlogConnector implements ChannelConnector {
  readonly kind = 'blog' as const;
  readonly capabilities: ConnectorCapabilities = {
    webhooks: false,
    polling: true,
    refresh: true,
    reply: true,
    hide: true,
    delete: true,
    deleteReply: true,
    maxReplyLength: MAX_COMMENT_BYTES,
  };
  private readonly client: BlogClient;
  private readonly ownUserIds = new Map<string, number>();

  constructor(private readonly options: ConnectorOptions) {
    this.client = new BlogClient(options);
  }

  async fetchSince(
    account: ChannelAccount,
    cursor: string | null,
    signal?: AbortSignal,
  ): Promise<FetchResult> {
    const state: BlogCursor = cursor
      ? decodeCursor(cursor, isBlogCursor, 'blog')
      : { after: backfillStart(account, this.options.now()) };
    const pass = state.pass ?? { statusIndex: 0, page: 1 };
    const statuses = stringListSetting(account, 'pollStatuses', DEFAULT_POLL_STATUSES);
    const ownUserId = await this.ownUserId(account);
    const page = await this.client.listComments(account, {
      status: statuses[pass.statusIndex] ?? 'approve',
      after: minusMs(state.after, overlapMs(account)).replace(/\.\d{3}Z$/, 'Z'),
      page: pass.page,
      ...(signal ? { signal } : {}),
    });
    const comments = page.comments
      .filter((comment) => (comment.type ?? 'comment') === 'comment')
      .map((comment) => mapWordPressComment(account.accountRef, comment, ownUserId));
    const newestSeen = comments.reduce<string | undefined>(
      (newest, comment) => laterOf(newest, comment.createdAt),
      pass.newestSeen,
    );
    const next = { ...(newestSeen ? { newestSeen } : {}) };
    const events = comments.map(toBlogEvent);
    if (pass.page < page.totalPages) {
      const nextPass = { ...next, statusIndex: pass.statusIndex, page: pass.page + 1 };
      return {
        events,
        nextCursor: encodeCursor({ after: state.after, pass: nextPass }),
        hasMore: true,
      };
    }
    if (pass.statusIndex + 1 < statuses.length) {
      const nextPass = { ...next, statusIndex: pass.statusIndex + 1, page: 1 };
      return {
        events,
        nextCursor: encodeCursor({ after: state.after, pass: nextPass }),
        hasMore: true,
      };
    }
    const after = laterOf(state.after, newestSeen) ?? state.after;
    return { events, nextCursor: encodeCursor({ after }), hasMore: false };
  }

  async refresh(account: ChannelAccount, externalId: string): Promise<CanonicalComment | null> {
    try {
      const comment = await this.client.getComment(account, externalId);
      return typeof comment?.id === 'number'
        ? mapWordPressComment(account.accountRef, comment, await this.ownUserId(account))
        : null;
    } catch (error) {
      if (error instanceof ChannelError && error.kind === 'not_found') {
        return null;
      }
      throw error;
    }
  }

  /** UTF-8 bytes: the column limit is in bytes, not characters. */
  measureReply(text: string): number {
    return Buffer.byteLength(text, 'utf8');
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
    const post = toWordPressId(target.threadRootId, 'post');
    const parent = toWordPressId(target.externalId, 'comment');
    let created: WordPressComment;
    try {
      created = await this.client.createComment(account, { post, parent, content: text });
    } catch (error) {
      // WordPress refuses an identical comment as a duplicate: after a timeout our first
      // attempt may have landed, so find it instead of failing the retry.
      const existing =
        error instanceof ChannelError && error.platformCode === 'comment_duplicate'
          ? await this.findOwnReply(account, { post, parent, text })
          : undefined;
      if (!existing) {
        throw error;
      }
      created = existing;
    }
    return {
      externalId: String(created.id),
      ...(created.link ? { permalink: created.link } : {}),
      postedAt: toIsoUtc(created.date_gmt) ?? this.options.now().toISOString(),
    };
  }

  /** Hidden = held for moderation (unpublished); unhiding approves it again. */
  setHidden(account: ChannelAccount, externalId: string, hidden: boolean): Promise<void> {
    return this.client.setStatus(account, externalId, hidden ? 'hold' : 'approved');
  }

  /** To the trash, so a mistaken delete can be undone in WordPress. */
  delete(account: ChannelAccount, externalId: string): Promise<void> {
    return this.client.deleteComment(account, externalId, false);
  }

  deleteReply(account: ChannelAccount, replyExternalId: string): Promise<void> {
    return this.client.deleteComment(account, replyExternalId, true);
  }

  private async findOwnReply(
    account: ChannelAccount,
    request: { post: number; parent: number; text: string },
  ): Promise<WordPressComment | undefined> {
    const author = await this.ownUserId(account);
    const replies = await this.client.listReplies(account, {
      post: request.post,
      parent: request.parent,
      author,
    });
    return replies.find((reply) => reply.content?.raw?.trim() === request.text.trim());
  }

  // Own replies are recognised by the authenticated user's id: `settings.userId`, or asked of
  // the site once per connector instance.
  private async ownUserId(account: ChannelAccount): Promise<number> {
    const configured = account.settings.userId;
    if (typeof configured === 'number') {
      return configured;
    }
    const cached = this.ownUserIds.get(account.accountRef);
    if (cached !== undefined) {
      return cached;
    }
    const id = await this.client.getOwnUserId(account);
    this.ownUserIds.set(account.accountRef, id);
    return id;
  }
}

function toWordPressId(value: string, what: string): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) {
    throw new ChannelError(
      'invalid',
      `blog: ${what} id "${value.slice(0, 40)}" is not a WordPress id`,
    );
  }
  return id;
}

function isBlogCursor(value: unknown): value is BlogCursor {
  if (
    !isRecord(value) ||
    typeof value.after !== 'string' ||
    Number.isNaN(Date.parse(value.after))
  ) {
    return false;
  }
  const pass = value.pass;
  return (
    pass === undefined ||
    (isRecord(pass) &&
      typeof pass.statusIndex === 'number' &&
      typeof pass.page === 'number' &&
      isOptionalString(pass.newestSeen))
  );
}
