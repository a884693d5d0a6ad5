import { useMutation } from '@apollo/client/react';

import { DeleteModerationRuleMutation } from '../graphql/delete-moderation-rule.mutation';

/** Deletes a rule and drops it from the cache. */
export function useDeleteModerationRule() {
  const [mutate, { loading, error }] = useMutation(DeleteModerationRuleMutation, {
    update(cache, { data }) {
      const id = data?.deleteModerationRule;
      if (id) {
        cache.evict({ id: cache.identify({ __typename: 'ModerationRule', id }) });
        cache.gc();
      }
    },
  });
  const deleteRule = async (id: string): Promise<boolean> => {
    try {
      await mutate({ variables: { input: { id } } });
      return true;
    } catch {
      return false;
    }
  };
  return { deleteRule, isDeleting: loading, error: error ?? null };
}
