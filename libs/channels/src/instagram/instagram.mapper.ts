import { type CanonicalComment, type ChannelEvent } from '../connector.types';
import { buildComment, upsertEvent } from '../shared/build-comment';
import { stringOf, textOf } from '../shared/read-fields';
import { toIsoUtc } from '../shared/timestamps';

/** `value` of an Instagram `comments` change (CHANNELS.md §3.1). */
export interface InstagramCommentValue {
  id?: string;
  text?: string;
  parent_id?: string;
  from?: { id?: string; username?: string };
  media?: { id?: string; media_product_type?: string };
}

/** An IG Comment as read from the Graph API; `replies` only on top-level comments. */
export interface GraphInstagramComment {
  id: string;
  text?: string;
  timestamp?: string;
  username?: string;
  from?: { id?: string; username?: string };
  hidden?: boolean;
  parent_id?: string;
  media?: { id?: string };
  replies?: { data?: GraphInstagramComment[] };
}

/**
 * One `comments` (or `live_comments`) webhook change → an upsert. The payload has no creation
 * time, so `entry[].time` (when Meta sent it) stands in until a poll or refresh reads the real
 * `timestamp`. Instagram sends no edit or delete notifications.
 *
 * @example mapInstagramChange('17841400000000001', { id: '178…', text: 'Open on weekends?', … }, 1767283300)
 */
export function mapInstagramChange(
  igUserId: string,
  value: InstagramCommentValue,
  entryTime: number | undefined,
): ChannelEvent | null {
  const id = stringOf(value.id);
  if (id === undefined) {
    return null;
  }
  const parentId = stringOf(value.parent_id);
  const receivedAt = toIsoUtc(entryTime) ?? new Date(0).toISOString();
  const comment = buildComment({
    channel: 'instagram',
    accountRef: igUserId,
    externalId: id,
    // Album comments may lack the media; the comment itself then stands in as the thread.
    threadRootId: stringOf(value.media?.id) ?? id,
    ...(parentId ? { parentExternalId: parentId } : {}),
    author: authorOf(value.from),
    text: textOf(value.text),
    createdAt: receivedAt,
    visibility: 'visible',
    isOwnAccount: stringOf(value.from?.id) === igUserId,
    raw: value,
  });
  return upsertEvent(comment, receivedAt);
}

/** A Graph API IG comment → canonical form; `mediaId` is known when listing a media's comments. */
export function mapGraphInstagramComment(
  igUserId: string,
  comment: GraphInstagramComment,
  context: { mediaId?: string; parentId?: string } = {},
): CanonicalComment {
  const parentId = comment.parent_id ?? context.parentId;
  const { replies: _replies, ...raw } = comment;
  return buildComment({
    channel: 'instagram',
    accountRef: igUserId,
    externalId: comment.id,
    threadRootId: context.mediaId ?? comment.media?.id ?? parentId ?? comment.id,
    ...(parentId ? { parentExternalId: parentId } : {}),
    author: authorOf(
      comment.from ?? (comment.username ? { username: comment.username } : undefined),
    ),
    text: comment.text ?? '',
    createdAt: toIsoUtc(comment.timestamp) ?? new Date(0).toISOString(),
    visibility: comment.hidden === true ? 'hidden' : 'visible',
    isOwnAccount: comment.from?.id === igUserId,
    raw,
  });
}

/** A top-level comment and the replies embedded in it, flattened. */
export function flattenInstagramComments(
  igUserId: string,
  mediaId: string,
  comments: GraphInstagramComment[],
): CanonicalComment[] {
  return comments.flatMap((comment) => [
    mapGraphInstagramComment(igUserId, comment, { mediaId }),
    ...(comment.replies?.data ?? []).map((reply) =>
      mapGraphInstagramComment(igUserId, reply, { mediaId, parentId: comment.id }),
    ),
  ]);
}

function authorOf(from: InstagramCommentValue['from']): CanonicalComment['author'] {
  const id = stringOf(from?.id);
  const username = stringOf(from?.username);
  if (id === undefined && username === undefined) {
    return { isAnonymous: true };
  }
  return { ...(id ? { externalId: id } : {}), ...(username ? { handle: username } : {}) };
}
