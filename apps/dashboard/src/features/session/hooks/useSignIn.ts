import { useApolloClient, useMutation } from '@apollo/client/react';

import { SignInMutation } from '../graphql/sign-in.mutation';
import { ViewerQuery } from '../graphql/viewer.query';

/**
 * Signs in, then starts from an empty cache holding only the new viewer: nothing a previous
 * person on a shared computer looked at survives into this session.
 */
export function useSignIn() {
  const client = useApolloClient();
  const [mutate, { loading, error, reset }] = useMutation(SignInMutation);
  /** Resolves true once signed in; a failure is reported through `error`. */
  const signIn = async (email: string, password: string): Promise<boolean> => {
    try {
      const { data } = await mutate({ variables: { input: { email: email.trim(), password } } });
      if (!data) {
        return false;
      }
      await client.clearStore();
      client.writeQuery({ query: ViewerQuery, data: { viewer: data.signIn } });
      return true;
    } catch {
      return false;
    }
  };
  return { signIn, isSigningIn: loading, error, reset };
}
