import { type CanonicalComment, type ChannelEvent } from '../connector.types';
import { buildComment, buildDedupeKey, upsertEvent } from '../shared/build-comment';
import { stringOf, textOf } from '../shared/read-fields';
import { toIsoUtc } from '../shared/timestamps';

/** `value` of a Page `feed` change (CHANNELS.md §2.1); every field optional, unknown ones kept in raw. */
export interface FeedChangeValue {
  item?: string;
  verb?: string;
  comment_id?: string;
  post_id?: string;
  parent_id?: string;
  from?: { id?: string; name?: string };
  message?: string;
  created_time?: number;
  is_hidden?: boolean;
}

/** A Graph API Comment node as requested by the connector's `fields`. */
export interface GraphComment {
  id: string;
  message?: string;
  from?: { id?: string; name?: string };
  created_time?: string;
  parent?: { id?: string };
  is_hidden?: boolean;
  permalink_url?: string;
}

export type FeedChangeResult = { event: ChannelEvent } | { ignored: string };

/**
 * One `feed` change of a Page webhook → an event. `add`/`edited` (and the `edit` spelling some
 * edits carry) upsert, `remove` is a tombstone, `hide`/`unhide` change visibility; reactions,
 * likes and visitor posts are ignored. For `edited`, `created_time` is the time of the edit,
 * so it becomes both `createdAt` and `updatedAt`: the server keeps the first `createdAt`.
 *
 * @example mapFeedChange('104829301234567', { item: 'comment', verb: 'add', comment_id: '99_11', … }, 1767283205)
 */
export function mapFeedChange(
  pageId: string,
  value: FeedChangeValue,
  entryTime: number | undefined,
): FeedChangeResult {
  if (value.item !== 'comment') {
    return { ignored: `feed item ${String(value.item)}` };
  }
  const commentId = stringOf(value.comment_id);
  if (commentId === undefined) {
    return { ignored: 'comment change without comment_id' };
  }
  const postId = stringOf(value.post_id);
  const at = toIsoUtc(value.created_time) ?? toIsoUtc(entryTime) ?? new Date(0).toISOString();
  const dedupeKey = buildDedupeKey('facebook', pageId, commentId);
  switch (value.verb) {
    case 'add':
    case 'edited':
    case 'edit': {
      const isEdit = value.verb !== 'add';
      const comment = buildComment({
        channel: 'facebook',
        accountRef: pageId,
        externalId: commentId,
        threadRootId: postId ?? postIdOf(pageId, commentId),
        ...parentOf(stringOf(value.parent_id), postId),
        author: authorOf(value.from),
        text: textOf(value.message),
        createdAt: at,
        ...(isEdit ? { updatedAt: at } : {}),
        visibility: value.is_hidden === true ? 'hidden' : 'visible',
        isOwnAccount: stringOf(value.from?.id) === pageId,
        raw: value,
      });
      return { event: upsertEvent(comment, at) };
    }
    case 'remove':
      return { event: { type: 'deleted', dedupeKey, at } };
    case 'hide':
    case 'unhide':
      return {
        event: {
          type: 'visibility',
          dedupeKey,
          visibility: value.verb === 'hide' ? 'hidden' : 'visible',
          at,
        },
      };
    default:
      return { ignored: `comment verb ${String(value.verb)}` };
  }
}

/**
 * A comment read from the Graph API (polling or reconcile) → canonical form. `postId` is known
 * when listing a post's comments; otherwise it is derived from the comment id.
 */
export function mapGraphComment(
  pageId: string,
  comment: GraphComment,
  postId?: string,
): CanonicalComment {
  const createdAt = toIsoUtc(comment.created_time) ?? new Date(0).toISOString();
  return buildComment({
    channel: 'facebook',
    accountRef: pageId,
    externalId: comment.id,
    threadRootId: postId ?? postIdOf(pageId, comment.id),
    ...(comment.parent?.id ? { parentExternalId: comment.parent.id } : {}),
    author: authorOf(comment.from),
    text: comment.message ?? '',
    createdAt,
    ...(comment.permalink_url ? { permalink: comment.permalink_url } : {}),
    visibility: comment.is_hidden === true ? 'hidden' : 'visible',
    isOwnAccount: comment.from?.id === pageId,
    raw: comment,
  });
}

// Comment ids are `{post-id-part}_{comment-id-part}` and post ids `{page-id}_{post-id-part}`,
// so the post can be recovered when a payload leaves it out.
function postIdOf(pageId: string, commentId: string): string {
  return `${pageId}_${commentId.split('_')[0]}`;
}

// A top-level comment's parent_id is the post itself; only replies get a parent comment.
function parentOf(
  parentId: string | undefined,
  postId: string | undefined,
): { parentExternalId?: string } {
  return parentId && parentId !== postId ? { parentExternalId: parentId } : {};
}

function authorOf(from: FeedChangeValue['from']): CanonicalComment['author'] {
  // `from` is absent for some users and privacy settings; the comment is still worth reading.
  const id = stringOf(from?.id);
  if (id === undefined) {
    return { isAnonymous: true };
  }
  const name = stringOf(from?.name);
  return { externalId: id, ...(name ? { displayName: name } : {}) };
}
