import { graphql } from '../../../gql';

/**
 * Takes, gives back or hands over a comment. It selects the assignee the pane and the inbox row
 * show, so the normalised cache updates both without a refetch.
 */
export const AssignCommentMutation = graphql(`
  mutation AssignComment($input: AssignCommentInput!) {
    assignComment(input: $input) {
      id
      assigneeId
      assignee {
        id
        displayName
        role
      }
    }
  }
`);
