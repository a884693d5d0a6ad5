import { graphql } from '../../../gql';

/** Opens a case; the answer refreshes the comment's status, cases and SLA in the cache. */
export const EscalateCommentMutation = graphql(`
  mutation EscalateComment($input: EscalateCommentInput!) {
    escalateComment(input: $input) {
      id
      reference
      comments {
        id
        status
        statusChangedAt
        ...CommentCases_comment
        ...CommentSlaBadge_comment
      }
    }
  }
`);
