import { graphql } from '../../../gql';

/** Changes a member's role, or deactivates or reactivates them. */
export const UpdateUserMutation = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      id
      ...MemberRow_user
    }
  }
`);
