import { graphql } from '../../../gql';

/** Who is on one comment, pushed each time that changes. */
export const PresenceChangedSubscription = graphql(`
  subscription PresenceChanged($commentId: ID!) {
    presenceChanged(commentId: $commentId) {
      ...PresenceEntries_presence
    }
  }
`);
