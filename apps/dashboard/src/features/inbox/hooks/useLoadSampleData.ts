import { useMutation } from '@apollo/client/react';

import { InboxQuery } from '../graphql/inbox.query';
import { LoadSampleDataMutation } from '../graphql/load-sample-data.mutation';

/** Loads the fictional hospital's comments, then reloads the inbox to show them. */
export function useLoadSampleData() {
  const [mutate, { loading, error }] = useMutation(LoadSampleDataMutation, {
    refetchQueries: [InboxQuery],
    awaitRefetchQueries: true,
  });
  /** Resolves true on success; a failure is reported through `error`. */
  const loadSampleData = async (): Promise<boolean> => {
    try {
      await mutate();
      return true;
    } catch {
      return false;
    }
  };
  return { loadSampleData, isLoading: loading, error };
}
