import { useApolloClient, useSubscription } from '@apollo/client/react';

import { CollaborationChangesSubscription } from '../graphql/collaboration-changes.subscription';
import { CommentCollaborationQuery } from '../graphql/comment-collaboration.query';

/**
 * Keeps the open comment's assignee and notes current while teammates change them: on an
 * assignment or note change to this comment, re-reads just those fields into the cache.
 */
export function useLiveCollaboration(commentId: string): void {
  const client = useApolloClient();
  useSubscription(CollaborationChangesSubscription, {
    onData: ({ data }) => {
      const event = data.data?.inboxChanged;
      const concernsTeamwork = event?.change === 'ASSIGNMENT' || event?.change === 'NOTES';
      if (!event || !concernsTeamwork || !event.commentIds.includes(commentId)) {
        return;
      }
      client
        .query({
          query: CommentCollaborationQuery,
          variables: { id: commentId },
          fetchPolicy: 'network-only',
        })
        .catch(() => undefined);
    },
  });
}
