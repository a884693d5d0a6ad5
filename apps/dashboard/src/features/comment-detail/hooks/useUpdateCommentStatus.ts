import { useMutation } from '@apollo/client/react';

import type { CommentStatus } from '../../../gql/graphql';
import { UpdateCommentStatusMutation } from '../graphql/update-comment-status.mutation';

export interface StatusChange {
  id: string;
  from: CommentStatus;
  to: CommentStatus;
}

/**
 * Changes a comment's status. The new status shows at once (optimistic) in the list row and the
 * pane, which read the same cached comment; `onChanged` runs once the server has agreed.
 */
export function useUpdateCommentStatus(onChanged?: (change: StatusChange) => void) {
  const [mutate, { loading, error, reset }] = useMutation(UpdateCommentStatusMutation);

  const updateStatus = async (change: StatusChange): Promise<boolean> => {
    if (change.from === change.to) {
      return true;
    }
    try {
      await mutate({
        variables: { input: { id: change.id, status: change.to } },
        optimisticResponse: {
          updateCommentStatus: {
            __typename: 'Comment',
            id: change.id,
            status: change.to,
            statusChangedAt: new Date().toISOString(),
          },
        },
      });
      onChanged?.(change);
      return true;
    } catch {
      return false;
    }
  };

  return { updateStatus, isUpdating: loading, error, resetError: reset };
}
