import { useMutation } from '@apollo/client/react';

import type { CorrectTriageInput } from '../../../gql/graphql';
import { CorrectTriageMutation } from '../graphql/correct-triage.mutation';

/**
 * Sends a triage correction. The answer carries the corrected labels and the corrections made so
 * far, which the cache writes into the comment shown by the list row and the pane.
 */
export function useCorrectTriage() {
  const [mutate, { loading, error, reset }] = useMutation(CorrectTriageMutation);

  const correctTriage = async (input: CorrectTriageInput): Promise<boolean> => {
    try {
      await mutate({ variables: { input } });
      return true;
    } catch {
      return false;
    }
  };

  return { correctTriage, isSaving: loading, error, resetError: reset };
}
