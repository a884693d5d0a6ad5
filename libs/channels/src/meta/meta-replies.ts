import { type CanonicalComment, type PostedReply } from '../connector.types';
import { findOwnReply, searchReplyPages } from '../shared/reply-match';
import { type GraphList, nextAfter } from './meta-graph';

/**
 * Looks through the replies of one comment, page by page, for the reply the connected account
 * posted with this text at or after `postedFrom` (see `ChannelConnector.findPostedReply`).
 * A newest-first list stops at the first page that reaches back past `postedFrom`: the rest is
 * older still.
 */
export function findMetaReply<T>(options: {
  platform: 'facebook' | 'instagram';
  text: string;
  postedFrom: string;
  newestFirst: boolean;
  listPage: (after: string | undefined) => Promise<GraphList<T>>;
  toComment: (item: T) => CanonicalComment;
}): Promise<PostedReply | null> {
  const { text, postedFrom } = options;
  return searchReplyPages(options.platform, async (after) => {
    const list = await options.listPage(after);
    const replies = (list.data ?? []).map(options.toComment);
    const reachedOld = options.newestFirst && replies.some((reply) => reply.createdAt < postedFrom);
    return {
      found: findOwnReply(replies, { text, postedFrom }),
      next: reachedOld ? undefined : nextAfter(list),
    };
  });
}
