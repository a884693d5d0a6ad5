import { graphql } from '../../../gql';

/** Signs in with e-mail and password; the server sets the httpOnly session cookie. */
export const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      id
      email
      displayName
      role
    }
  }
`);
