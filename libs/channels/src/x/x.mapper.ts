import { type CanonicalComment } from '../connector.types';
import { buildComment } from '../shared/build-comment';
import { toIsoUtc } from '../shared/timestamps';

/** A v2 Post with the `tweet.fields` the connector requests (CHANNELS.md §4.2). */
export interface XPost {
  id: string;
  text?: string;
  author_id?: string;
  conversation_id?: string;
  in_reply_to_user_id?: string;
  referenced_tweets?: Array<{ type?: string; id?: string }>;
  created_at?: string;
  edit_history_tweet_ids?: string[];
  lang?: string;
}

export interface XUser {
  id: string;
  name?: string;
  username?: string;
}

/**
 * A mention → canonical form. An edit creates a new post id, so the comment is keyed on the
 * original (`edit_history_tweet_ids[0]`) and carries the newest text; an edited version's
 * `created_at` is the edit time and becomes `updatedAt`.
 *
 * @example mapXPost('1400000000000000001', { id: '1870000000000000123', text: '@CityGeneral …', … }, users)
 */
export function mapXPost(
  userId: string,
  post: XPost,
  users: ReadonlyMap<string, XUser>,
): CanonicalComment {
  const originalId = post.edit_history_tweet_ids?.[0] ?? post.id;
  const author = post.author_id ? users.get(post.author_id) : undefined;
  const at = toIsoUtc(post.created_at) ?? new Date(0).toISOString();
  const parentId = post.referenced_tweets?.find((reference) => reference.type === 'replied_to')?.id;
  return buildComment({
    channel: 'x',
    accountRef: userId,
    externalId: originalId,
    threadRootId: post.conversation_id ?? originalId,
    ...(parentId ? { parentExternalId: parentId } : {}),
    author: {
      ...(post.author_id ? { externalId: post.author_id } : {}),
      ...(author?.name ? { displayName: author.name } : {}),
      ...(author?.username ? { handle: author.username } : {}),
    },
    text: post.text ?? '',
    createdAt: at,
    ...(originalId !== post.id ? { updatedAt: at } : {}),
    permalink: postUrl(post.id, author?.username),
    visibility: 'visible',
    isOwnAccount: post.author_id === userId,
    raw: post,
  });
}

export function postUrl(postId: string, username?: string): string {
  return username
    ? `https://x.com/${encodeURIComponent(username)}/status/${postId}`
    : `https://x.com/i/web/status/${postId}`;
}

export function usersById(users: XUser[] | undefined): Map<string, XUser> {
  return new Map((users ?? []).map((user) => [user.id, user]));
}
