import { graphql } from '../../../gql';

/** Changes the signed-in person's password. */
export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);
