import { graphql } from '../../../gql';

/** The reviewers' queue: replies awaiting approval with the comment each answers. */
export const ReplyApprovalsQuery = graphql(`
  query ReplyApprovals {
    replyApprovals(first: 100) {
      id
      ...ReplyFields
      comment {
        id
        text
        authorName
        createdAt
        urgency
        hasPhi
        channel {
          id
          kind
          displayName
        }
        intents {
          label
        }
        phi {
          type
          start
          end
        }
      }
    }
  }
`);
