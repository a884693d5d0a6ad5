import { useMutation } from '@apollo/client/react';

import type { Role } from '../../../gql/graphql';
import { AssignCommentMutation } from '../graphql/assign-comment.mutation';

export interface Assignee {
  id: string;
  displayName: string;
  role: Role;
}

/**
 * Assigns a comment (or, with null, unassigns it). The new assignee shows at once in the pane and
 * the inbox row, which read the same cached comment, and goes back if the server refuses.
 */
export function useAssignComment() {
  const [mutate, { loading, error, reset }] = useMutation(AssignCommentMutation);

  const assign = async (commentId: string, assignee: Assignee | null): Promise<boolean> => {
    try {
      await mutate({
        variables: { input: { commentId, assigneeId: assignee?.id ?? null } },
        optimisticResponse: {
          assignComment: {
            __typename: 'Comment',
            id: commentId,
            assigneeId: assignee?.id ?? null,
            assignee: assignee ? { __typename: 'TeamMember', ...assignee } : null,
          },
        },
      });
      return true;
    } catch {
      return false;
    }
  };

  return { assign, isAssigning: loading, error: error ?? null, resetError: reset };
}
