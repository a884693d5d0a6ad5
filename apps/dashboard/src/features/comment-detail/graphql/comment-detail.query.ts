import { graphql } from '../../../gql';

/** The detail pane's one query: the comment with its thread, post and triage. */
export const CommentDetailQuery = graphql(`
  query CommentDetail($id: ID!) {
    comment(id: $id) {
      id
      ...CommentDetail_comment
    }
  }
`);
