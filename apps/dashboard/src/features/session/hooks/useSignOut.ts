import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';

import { errorCodeOf } from '../../../app/apollo-client';
import { SignOutMutation } from '../graphql/sign-out.mutation';
import { SIGN_IN_PATH } from '../utils/sign-in-path';

/**
 * Ends the session, leaves for the sign-in page and empties the cache, so the next person at a
 * shared computer finds no trace of the inbox.
 */
export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [mutate, { loading, error }] = useMutation(SignOutMutation);
  const signOut = async (): Promise<void> => {
    try {
      await mutate();
    } catch (failure) {
      // A session that already ended is as good as signed out; anything else is shown, since the
      // cookie may still be valid.
      if (errorCodeOf(failure) !== 'UNAUTHENTICATED') {
        return;
      }
    }
    // Leave first, so no mounted query asks the server again for what is being cleared.
    await navigate(SIGN_IN_PATH, { replace: true });
    await client.clearStore();
  };
  return { signOut, isSigningOut: loading, error };
}
