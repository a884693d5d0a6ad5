import type { ChannelKind } from '@bedside/domain';

import type { CommentRow, LabelledSampleComment, PostRow, SamplePost } from './sample-data.type';

/** Where a comment row sits once its thread is resolved. */
export interface RowPlacement<PostKey extends string> {
  post: PostKey | null;
  /** Platform id of the comment this row answers; null for a top-level comment. */
  parentExternalId: string | null;
  /** Platform id of the top-level comment of the thread; null for a top-level comment. */
  threadExternalId: string | null;
}

/** How one platform spells ids and links for posts and comments. */
export interface ChannelScheme<PostKey extends string> {
  channel: ChannelKind;
  describePost(key: PostKey, post: PostRow): { externalId: string; url: string | null };
  describeComment(
    row: CommentRow<PostKey>,
    placement: RowPlacement<PostKey>,
  ): { externalId: string; url: string | null };
}

/**
 * Turns a channel's post rows into sample posts, in the order written.
 *
 * @example buildPosts({ flu: { minutesAgo: 42_950, text: 'Flu shots are back' } }, FACEBOOK_SCHEME)
 */
export function buildPosts<PostKey extends string>(
  posts: Readonly<Record<PostKey, PostRow>>,
  scheme: ChannelScheme<PostKey>,
): SamplePost[] {
  return (Object.keys(posts) as PostKey[]).map((key) => {
    const post = posts[key];
    return { channel: scheme.channel, ...scheme.describePost(key, post), ...post };
  });
}

/**
 * Turns a channel's comment rows into labelled sample comments. A reply must come after the row
 * it answers and inherits that row's post, so a thread can never straddle two posts.
 *
 * @example buildComments(ROWS, POSTS, FACEBOOK_SCHEME) // ROWS: [{ id: 1, post: 'flu', ... }]
 */
export function buildComments<PostKey extends string>(
  rows: readonly CommentRow<PostKey>[],
  posts: Readonly<Record<PostKey, PostRow>>,
  scheme: ChannelScheme<PostKey>,
): LabelledSampleComment[] {
  const placed = new Map<number, { placement: RowPlacement<PostKey>; externalId: string }>();
  return rows.map((row) => {
    let placement: RowPlacement<PostKey>;
    if (row.replyTo === undefined) {
      placement = { post: row.post, parentExternalId: null, threadExternalId: null };
    } else {
      const parent = placed.get(row.replyTo);
      if (!parent) {
        throw new Error(
          `${scheme.channel} sample row ${row.id} answers row ${row.replyTo}, which is not above it`,
        );
      }
      placement = {
        post: parent.placement.post,
        parentExternalId: parent.externalId,
        threadExternalId: parent.placement.threadExternalId ?? parent.externalId,
      };
    }
    if (placed.has(row.id)) {
      throw new Error(`${scheme.channel} sample row ${row.id} is written twice`);
    }
    const { externalId, url } = scheme.describeComment(row, placement);
    placed.set(row.id, { placement, externalId });
    const post = placement.post;
    return {
      channel: scheme.channel,
      externalId,
      postExternalId: post === null ? null : scheme.describePost(post, posts[post]).externalId,
      parentExternalId: placement.parentExternalId,
      authorName: row.author,
      authorHandle: row.handle ?? null,
      text: row.text,
      url,
      minutesAgo: row.minutesAgo,
      rating: row.rating ?? null,
      intents: row.intents,
    };
  });
}
