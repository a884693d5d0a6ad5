import { graphql } from '../../../gql';

/**
 * The comment's replies and status again, asked every few seconds while a reply is on its way to
 * the platform: the connector posts it in the background, so nothing else would tell the pane.
 */
export const ReplyPostingQuery = graphql(`
  query ReplyPosting($commentId: ID!) {
    comment(id: $commentId) {
      id
      status
      teamReplies {
        id
        ...ReplyFields
      }
    }
  }
`);
