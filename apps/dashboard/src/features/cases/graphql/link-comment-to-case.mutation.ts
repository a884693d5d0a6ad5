import { graphql } from '../../../gql';

/** Adds a comment to an open case; the answer refreshes the comments it links. */
export const LinkCommentToCaseMutation = graphql(`
  mutation LinkCommentToCase($input: LinkCommentToCaseInput!) {
    linkCommentToCase(input: $input) {
      id
      reference
      priority
      dueAt
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
