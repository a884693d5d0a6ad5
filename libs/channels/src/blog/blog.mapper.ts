import {
  type CanonicalComment,
  type ChannelEvent,
  type CommentVisibility,
} from '../connector.types';
import { buildComment, buildDedupeKey, upsertEvent } from '../shared/build-comment';
import { stripHtml } from '../shared/strip-html';
import { toIsoUtc } from '../shared/timestamps';

/** A WordPress comment in `context=edit` (CHANNELS.md §7.1). */
export interface WordPressComment {
  id: number;
  post?: number;
  parent?: number;
  author?: number;
  author_name?: string;
  author_url?: string;
  date_gmt?: string;
  content?: { raw?: string; rendered?: string };
  link?: string;
  status?: string;
  type?: string;
}

const VISIBILITY_BY_STATUS: Record<string, CommentVisibility> = {
  approved: 'visible',
  hold: 'held',
  spam: 'hidden',
  trash: 'deleted',
};

/**
 * A WordPress comment → canonical form. `date_gmt` has no zone suffix and is read as UTC;
 * `content.raw` (edit context) is preferred to the rendered HTML. The email, IP and user agent
 * the edit context exposes are personal data nobody asked for, so they are dropped from `raw`.
 *
 * @example mapWordPressComment('https://blog.citygeneral.org', { id: 4821, post: 1933, parent: 0, … }, 7)
 */
export function mapWordPressComment(
  siteUrl: string,
  comment: WordPressComment,
  ownUserId: number | undefined,
): CanonicalComment {
  const {
    author_email: _email,
    author_ip: _ip,
    author_user_agent: _userAgent,
    ...raw
  } = comment as WordPressComment & Record<string, unknown>;
  const authorId = comment.author ?? 0;
  return buildComment({
    channel: 'blog',
    accountRef: siteUrl,
    externalId: String(comment.id),
    threadRootId: String(comment.post ?? 0),
    ...(comment.parent ? { parentExternalId: String(comment.parent) } : {}),
    author: {
      // Guests are user 0: not an identity.
      ...(authorId !== 0 ? { externalId: String(authorId) } : {}),
      ...(comment.author_name ? { displayName: comment.author_name } : {}),
    },
    text: comment.content?.raw ?? stripHtml(comment.content?.rendered ?? ''),
    createdAt: toIsoUtc(comment.date_gmt) ?? new Date(0).toISOString(),
    ...(comment.link ? { permalink: comment.link } : {}),
    visibility: VISIBILITY_BY_STATUS[comment.status ?? 'approved'] ?? 'visible',
    isOwnAccount: ownUserId !== undefined && authorId !== 0 && authorId === ownUserId,
    raw,
  });
}

/**
 * The event a listed comment stands for: trashed comments are tombstones, the rest upserts.
 * WordPress comments have no modified date, so an edit shows only as a new content hash.
 */
export function toBlogEvent(comment: CanonicalComment): ChannelEvent {
  if (comment.visibility === 'deleted') {
    return {
      type: 'deleted',
      dedupeKey: buildDedupeKey('blog', comment.accountRef, comment.externalId),
      at: comment.createdAt,
    };
  }
  return upsertEvent(comment);
}
