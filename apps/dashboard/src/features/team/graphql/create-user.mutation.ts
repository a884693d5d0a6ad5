import { graphql } from '../../../gql';

/** Adds a team member with a first password. */
export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      ...MemberRow_user
    }
  }
`);
