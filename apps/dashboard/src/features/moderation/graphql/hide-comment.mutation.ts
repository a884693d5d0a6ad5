import { graphql } from '../../../gql';

/** Hides a comment under a community-guidelines reason (C22); the comment's status follows. */
export const HideCommentMutation = graphql(`
  mutation HideComment($input: HideCommentInput!) {
    hideComment(input: $input) {
      id
      reasonCode
      platformNote
      comment {
        id
        status
        statusChangedAt
      }
    }
  }
`);
