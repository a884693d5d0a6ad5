import { graphql } from '../../../gql';

/**
 * Re-reads only the team's side of the open comment (assignee and notes) when a teammate changes
 * it, instead of the whole detail query with its thread and post.
 */
export const CommentCollaborationQuery = graphql(`
  query CommentCollaboration($id: ID!) {
    comment(id: $id) {
      id
      ...AssignmentControl_comment
      ...CommentNotes_comment
    }
  }
`);
