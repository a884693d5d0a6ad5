import { type CanonicalComment, type CommentVisibility } from '../connector.types';
import { buildComment } from '../shared/build-comment';
import { stripHtml } from '../shared/strip-html';
import { toIsoUtc } from '../shared/timestamps';

/** A `youtube#comment` resource (CHANNELS.md §5.1). */
export interface YouTubeComment {
  id: string;
  snippet?: {
    channelId?: string;
    videoId?: string;
    parentId?: string;
    textDisplay?: string;
    textOriginal?: string;
    authorDisplayName?: string;
    authorChannelUrl?: string;
    authorChannelId?: { value?: string };
    publishedAt?: string;
    updatedAt?: string;
    moderationStatus?: string;
  };
}

/** A `youtube#commentThread`: the top-level comment and some (not necessarily all) replies. */
export interface YouTubeThread {
  id: string;
  snippet?: {
    channelId?: string;
    videoId?: string;
    topLevelComment?: YouTubeComment;
    totalReplyCount?: number;
    canReply?: boolean;
    isPublic?: boolean;
  };
  replies?: { comments?: YouTubeComment[] };
}

const VISIBILITY_BY_STATUS: Record<string, CommentVisibility> = {
  published: 'visible',
  heldForReview: 'held',
  likelySpam: 'held',
  rejected: 'hidden',
};

/**
 * A YouTube comment → canonical form. `textOriginal` is only returned to the comment's author,
 * so other people's comments fall back to `textDisplay`, stripped of HTML. `moderationStatus`
 * is returned only to the owner; `listedStatus` is the status the list was filtered by.
 *
 * @example mapYouTubeComment('UC123…', thread.snippet.topLevelComment, { videoId: 'aBcDeFgHiJk' })
 */
export function mapYouTubeComment(
  channelId: string,
  comment: YouTubeComment,
  context: { videoId?: string; listedStatus?: string } = {},
): CanonicalComment {
  const snippet = comment.snippet ?? {};
  const createdAt = toIsoUtc(snippet.publishedAt) ?? new Date(0).toISOString();
  const updatedAt = toIsoUtc(snippet.updatedAt);
  const videoId = context.videoId ?? snippet.videoId;
  const authorId = snippet.authorChannelId?.value;
  const name = snippet.authorDisplayName;
  const status = snippet.moderationStatus ?? context.listedStatus ?? 'published';
  return buildComment({
    channel: 'youtube',
    accountRef: channelId,
    externalId: comment.id,
    // Channel-level comments have no video; the channel is then the thread.
    threadRootId: videoId ?? snippet.channelId ?? channelId,
    ...(snippet.parentId ? { parentExternalId: snippet.parentId } : {}),
    author: {
      ...(authorId ? { externalId: authorId } : {}),
      ...(name ? { displayName: name } : {}),
      ...(name?.startsWith('@') ? { handle: name.slice(1) } : {}),
    },
    text: snippet.textOriginal ?? stripHtml(snippet.textDisplay ?? ''),
    createdAt,
    ...(updatedAt && updatedAt > createdAt ? { updatedAt } : {}),
    ...(videoId
      ? {
          permalink: `https://www.youtube.com/watch?v=${encodeURIComponent(videoId)}&lc=${encodeURIComponent(comment.id)}`,
        }
      : {}),
    visibility: VISIBILITY_BY_STATUS[status] ?? 'visible',
    isOwnAccount: authorId === channelId,
    raw: comment,
  });
}

/** The top-level comment and embedded replies of a thread, flattened. */
export function flattenYouTubeThread(
  channelId: string,
  thread: YouTubeThread,
  listedStatus: string,
): CanonicalComment[] {
  const videoId = thread.snippet?.videoId;
  const context = { ...(videoId ? { videoId } : {}), listedStatus };
  const topLevel = thread.snippet?.topLevelComment;
  return [
    ...(topLevel ? [mapYouTubeComment(channelId, topLevel, context)] : []),
    ...(thread.replies?.comments ?? []).map((reply) =>
      mapYouTubeComment(channelId, reply, { ...(videoId ? { videoId } : {}) }),
    ),
  ];
}
