import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';

import { ReplyPostingQuery } from '../graphql/reply-posting.query';

/** How often a reply on its way to the platform is asked about: posting takes a few seconds. */
export const REPLY_POSTING_POLL_MS = 2_000;

export interface ReplyPostingPollOptions {
  commentId: string;
  /** The reply queued or being posted; null when none is on its way (polling stops). */
  postingReplyId: string | null;
  /** The newest sent reply of the comment, to tell when the one on its way arrived. */
  sentReplyId: string | null;
  /** Called once when the reply that was on its way is sent (the comment is now replied). */
  onPosted?: () => void;
}

/**
 * Asks for the comment's replies every 2 s while one is queued or posting: the connector works
 * in the background and the server pushes no event when it is done, so the pane would otherwise
 * say "Posting…" forever. Stops by itself once the reply is posted or failed.
 */
export function useReplyPostingPoll({
  commentId,
  postingReplyId,
  sentReplyId,
  onPosted,
}: ReplyPostingPollOptions): void {
  useQuery(ReplyPostingQuery, {
    variables: { commentId },
    skip: postingReplyId === null,
    pollInterval: REPLY_POSTING_POLL_MS,
    fetchPolicy: 'network-only',
  });

  const watched = useRef<string | null>(null);
  useEffect(() => {
    if (postingReplyId) {
      watched.current = postingReplyId;
    } else if (watched.current !== null) {
      // Done either way; only a posted reply (now the newest sent one) replied to the comment.
      const posted = watched.current === sentReplyId;
      watched.current = null;
      if (posted) {
        onPosted?.();
      }
    }
  }, [postingReplyId, sentReplyId, onPosted]);
}
