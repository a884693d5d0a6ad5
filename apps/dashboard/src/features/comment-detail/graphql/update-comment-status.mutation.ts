import { graphql } from '../../../gql';

/** Moves a comment to another workflow status; the cache updates the row and the pane. */
export const UpdateCommentStatusMutation = graphql(`
  mutation UpdateCommentStatus($input: UpdateCommentStatusInput!) {
    updateCommentStatus(input: $input) {
      id
      status
      statusChangedAt
    }
  }
`);
