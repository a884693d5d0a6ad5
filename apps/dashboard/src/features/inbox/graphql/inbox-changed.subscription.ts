import { graphql } from '../../../gql';

/**
 * Every change to the inbox, pushed by the server. Changed comments come with the row's fields,
 * so Apollo's cache updates every list and pane showing them without another request.
 */
export const InboxChangedSubscription = graphql(`
  subscription InboxChanged {
    inboxChanged {
      kind
      change
      count
      byUserId
      comments {
        id
        status
        # A PLATFORM change (deleted by its author) must reach an open detail pane too.
        deletedAt
        ...CommentRow_comment
      }
    }
  }
`);
