import { useMutation } from '@apollo/client/react';

import type { AuthorFlag } from '../../../gql/graphql';
import { SetAuthorFlagMutation } from '../graphql/set-author-flag.mutation';

/** Changes the flag of the author of a comment. */
export function useSetAuthorFlag(commentId: string) {
  const [mutate, { loading, error }] = useMutation(SetAuthorFlagMutation);
  const setFlag = async (flag: AuthorFlag): Promise<boolean> => {
    try {
      await mutate({ variables: { input: { commentId, flag } } });
      return true;
    } catch {
      return false;
    }
  };
  return { setFlag, isSaving: loading, error: error ?? null };
}
