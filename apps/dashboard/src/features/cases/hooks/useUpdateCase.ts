import { useMutation } from '@apollo/client/react';

import type { UpdateCaseInput } from '../../../gql/graphql';
import { UpdateCaseMutation } from '../graphql/update-case.mutation';

/** Changes a case's team, assignee, priority or category. */
export function useUpdateCase() {
  const [mutate, { loading, error, reset }] = useMutation(UpdateCaseMutation);
  const updateCase = async (input: UpdateCaseInput): Promise<boolean> => {
    try {
      await mutate({ variables: { input } });
      return true;
    } catch {
      return false;
    }
  };
  return { updateCase, isSaving: loading, error, resetError: reset };
}
