import { graphql } from '../../../gql';

/** Ends this browser's session; the server clears the cookie. */
export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);
