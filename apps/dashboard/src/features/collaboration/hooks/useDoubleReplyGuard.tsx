import { type ReactElement, useState } from 'react';

import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { useViewer } from '../../session/ViewerContext';
import { DoubleReplyModal } from '../components/DoubleReplyModal';
import { doubleReplyWarning } from '../utils/presence';
import { useCommentPresence } from './useCommentPresence';

export const DoubleReplyGuardFragment = graphql(`
  fragment DoubleReplyGuard_comment on Comment {
    id
    assignee {
      id
      displayName
    }
  }
`);

export interface DoubleReplyGuard {
  /**
   * Runs `reply` at once when nobody else is on it; otherwise asks first ("Dana is already
   * drafting a reply… Reply anyway?") and runs it only if the person confirms.
   */
  confirmReply: (reply: () => void) => void;
  /** The confirmation dialog: render it once, anywhere, next to the reply control. */
  modal: ReactElement;
}

/**
 * Warns before a second person answers the same comment: someone else is drafting a reply to it,
 * or it is assigned to someone else. For every control that replies (marking it replied, the reply
 * composer), so all of them ask the same question.
 */
export function useDoubleReplyGuard(
  commentId: string,
  commentRef: FragmentType<typeof DoubleReplyGuardFragment> | null,
): DoubleReplyGuard {
  const viewer = useViewer();
  const { entries } = useCommentPresence(commentId);
  const comment = commentRef ? getFragmentData(DoubleReplyGuardFragment, commentRef) : null;
  const [pending, setPending] = useState<{ message: string; reply: () => void } | null>(null);

  const confirmReply = (reply: () => void) => {
    const message = doubleReplyWarning({
      presence: entries,
      assignee: comment?.assignee ?? null,
      viewerId: viewer.id,
    });
    if (message === null) {
      reply();
    } else {
      setPending({ message, reply });
    }
  };

  const modal = (
    <DoubleReplyModal
      message={pending?.message ?? null}
      onCancel={() => setPending(null)}
      onConfirm={() => {
        pending?.reply();
        setPending(null);
      }}
    />
  );

  return { confirmReply, modal };
}
