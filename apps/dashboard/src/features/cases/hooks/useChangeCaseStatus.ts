import { useMutation } from '@apollo/client/react';

import type { ChangeCaseStatusInput } from '../../../gql/graphql';
import { ChangeCaseStatusMutation } from '../graphql/change-case-status.mutation';

/** Moves a case through its workflow; false when the server refused (see `error`). */
export function useChangeCaseStatus() {
  const [mutate, { loading, error, reset }] = useMutation(ChangeCaseStatusMutation);
  const changeStatus = async (input: ChangeCaseStatusInput): Promise<boolean> => {
    try {
      await mutate({ variables: { input } });
      return true;
    } catch {
      return false;
    }
  };
  return { changeStatus, isSaving: loading, error, resetError: reset };
}
