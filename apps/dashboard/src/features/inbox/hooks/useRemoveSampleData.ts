import { useMutation } from '@apollo/client/react';

import { InboxQuery } from '../graphql/inbox.query';
import { RemoveSampleDataMutation } from '../graphql/remove-sample-data.mutation';

/** Deletes the sample channels and everything in them, then reloads the inbox. */
export function useRemoveSampleData() {
  const [mutate, { loading, error }] = useMutation(RemoveSampleDataMutation, {
    refetchQueries: [InboxQuery],
    awaitRefetchQueries: true,
    // Their comments are gone: drop every cached one so no stale row or detail survives.
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'comment' });
      cache.gc();
    },
  });
  /** Resolves true on success; a failure is reported through `error`. */
  const removeSampleData = async (): Promise<boolean> => {
    try {
      await mutate();
      return true;
    } catch {
      return false;
    }
  };
  return { removeSampleData, isRemoving: loading, error };
}
