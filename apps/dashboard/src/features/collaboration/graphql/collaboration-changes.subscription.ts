import { graphql } from '../../../gql';

/** Which comments teammates changed and how: enough to tell whether the open one needs a refresh. */
export const CollaborationChangesSubscription = graphql(`
  subscription CollaborationChanges {
    inboxChanged {
      kind
      change
      byUserId
      commentIds
    }
  }
`);
