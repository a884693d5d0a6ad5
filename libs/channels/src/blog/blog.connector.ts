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
import {
  findOwnReply,
  replySearchStart,
  sameReplyText,
  searchReplyPages,
} from '../shared/reply-match';
import { stripHtml } from '../shared/strip-html';
import { laterOf, minusMs, toIsoUtc } from '../shared/timestamps';
import { BlogClient } from './blog.client';
import { mapWordPressComment, toBlogEvent, type WordPressComment } from './blog.mapper';

// `approve` is the default; pending (`hold`) comments need moderation rights but are often
// the ones a hospital must see first. `spam` can be added per site.
const DEFAULT_POLL_STATUSES = ['approve', 'hold'];
// WordPress stores comment_content in a TEXT column: 65,535 bytes less its own overhead.
const MAX_COMMENT_BYTES = 65_525;
// UTC+14 (Kiribati) is the furthest a site's local clock runs from UTC.
const MAX_UTC_OFFSET_MS = 14 * 3_600_000;

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
      after: toWordPressDate(minusMs(state.after, overlapMs(account))),
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
          ? await this.searchOwnReplies(account, { post, parent, text })
          : null;
      if (!existing) {
        throw error;
      }
      return existing;
    }
    return {
      externalId: String(created.id),
      ...(created.link ? { permalink: created.link } : {}),
      postedAt: toIsoUtc(created.date_gmt) ?? this.options.now().toISOString(),
    };
  }

  /**
   * Lists the connected user's approved replies under the target since `since`. A first attempt
   * the site held or marked as spam is not listed, but then WordPress refuses the retry as
   * `comment_duplicate` (it compares with every comment not in the trash) rather than post twice.
   */
  async findPostedReply(
    account: ChannelAccount,
    target: ReplyTarget,
    text: string,
    since: string,
  ): Promise<PostedReply | null> {
    return await this.searchOwnReplies(account, {
      post: toWordPressId(target.threadRootId, 'post'),
      parent: toWordPressId(target.externalId, 'comment'),
      text,
      postedFrom: replySearchStart(since, this.kind),
    });
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

  /**
   * Our reply under `parent` on `post` with this text, posted at or after `postedFrom` (any
   * time when undefined). "Ours" is the authenticated user's id (`users/me` resolves the
   * credentials' username to it), not `author_name`, which is a display name anyone can share.
   * WordPress compares `after` with the site-local `comment_date`, so the query reaches back by
   * the largest UTC offset and the exact bound is checked on `date_gmt`.
   */
  private async searchOwnReplies(
    account: ChannelAccount,
    request: { post: number; parent: number; text: string; postedFrom?: string },
  ): Promise<PostedReply | null> {
    const { post, parent, text, postedFrom } = request;
    const author = await this.ownUserId(account);
    const after = postedFrom && toWordPressDate(minusMs(postedFrom, MAX_UTC_OFFSET_MS));
    return searchReplyPages(this.kind, async (pageToken) => {
      const page = Number(pageToken ?? '1');
      const list = await this.client.listReplies(account, { post, parent, author, after, page });
      const replies = list.comments.map((reply) =>
        mapWordPressComment(account.accountRef, reply, author),
      );
      return {
        found: findOwnReply(replies, { text, postedFrom, sameText: sameBlogText }),
        next: page < list.totalPages ? String(page + 1) : undefined,
      };
    });
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

/** ISO UTC without milliseconds, the form the WordPress docs show for `after`. */
function toWordPressDate(iso: string): string {
  return iso.replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Reply text as WordPress stores it: `content.raw` may carry entities or tags the site's
 * filters added (kses stores `&` as `&amp;`), and without raw only the rendered HTML is left.
 */
function sameBlogText(posted: string, text: string): boolean {
  return sameReplyText(stripHtml(posted), stripHtml(text));
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
