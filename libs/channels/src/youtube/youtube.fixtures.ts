// Payloads from CHANNELS.md §5 (made-up ids, text written for Bedside).

export const CHANNEL_ID = 'UC1234567890abcdefghijkl';

/** §5.1: one thread with its only reply embedded. */
export const DOC_THREAD = {
  kind: 'youtube#commentThread',
  etag: '9Gq0examplEtag',
  id: 'UgzQ1a2b3c4d5e6f7g8h9i4AaABAg',
  snippet: {
    channelId: CHANNEL_ID,
    videoId: 'aBcDeFgHiJk',
    topLevelComment: {
      kind: 'youtube#comment',
      etag: 'Xy12examplEtag',
      id: 'UgzQ1a2b3c4d5e6f7g8h9i4AaABAg',
      snippet: {
        channelId: CHANNEL_ID,
        videoId: 'aBcDeFgHiJk',
        textDisplay: 'Great explainer on flu shots, thank you!',
        textOriginal: 'Great explainer on flu shots, thank you!',
        authorDisplayName: '@jordanlee',
        authorProfileImageUrl: 'https://yt3.ggpht.com/example=s48',
        authorChannelUrl: 'http://www.youtube.com/@jordanlee',
        authorChannelId: { value: 'UCabcdefghijkl1234567890' },
        canRate: true,
        viewerRating: 'none',
        likeCount: 3,
        publishedAt: '2026-01-01T16:10:00Z',
        updatedAt: '2026-01-01T16:10:00Z',
      },
    },
    canReply: true,
    totalReplyCount: 1,
    isPublic: true,
  },
  replies: {
    comments: [
      {
        kind: 'youtube#comment',
        id: 'UgzQ1a2b3c4d5e6f7g8h9i4AaABAg.9xYzExampleReplyId',
        snippet: {
          parentId: 'UgzQ1a2b3c4d5e6f7g8h9i4AaABAg',
          textDisplay: 'Agreed!',
          authorDisplayName: '@samrivera',
          authorChannelId: { value: 'UCzyxwvutsrq0987654321ab' },
          publishedAt: '2026-01-01T16:20:00Z',
          updatedAt: '2026-01-01T16:20:00Z',
        },
      },
    ],
  },
};

/** A thread like the documented one, for paging and moderation scenarios. */
export function thread(
  id: string,
  snippet: Record<string, unknown>,
  options: { totalReplyCount?: number; replies?: unknown[] } = {},
) {
  return {
    kind: 'youtube#commentThread',
    id,
    snippet: {
      channelId: CHANNEL_ID,
      videoId: 'vid2',
      topLevelComment: {
        kind: 'youtube#comment',
        id,
        snippet: {
          channelId: CHANNEL_ID,
          videoId: 'vid2',
          authorDisplayName: '@visitor',
          authorChannelId: { value: 'UCvisitor' },
          ...snippet,
        },
      },
      totalReplyCount: options.totalReplyCount ?? 0,
    },
    ...(options.replies ? { replies: { comments: options.replies } } : {}),
  };
}

export function reply(id: string, parentId: string, snippet: Record<string, unknown>) {
  return {
    kind: 'youtube#comment',
    id: `${parentId}.${id}`,
    snippet: {
      parentId,
      authorDisplayName: '@visitor',
      authorChannelId: { value: 'UCvisitor' },
      ...snippet,
    },
  };
}
