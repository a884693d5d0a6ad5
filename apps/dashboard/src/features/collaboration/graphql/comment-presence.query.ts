import { graphql } from '../../../gql';

/**
 * Who is on a comment. Read once when the comment opens; afterwards the heartbeat's answers and
 * the `presenceChanged` pushes are written over this same cache entry, which every reader shares.
 */
export const CommentPresenceQuery = graphql(`
  query CommentPresence($commentId: ID!) {
    commentPresence(commentId: $commentId) {
      ...PresenceEntries_presence
    }
  }
`);

export const PresenceEntriesFragment = graphql(`
  fragment PresenceEntries_presence on CommentPresence {
    commentId
    entries {
      userId
      displayName
      activity
      since
    }
  }
`);
