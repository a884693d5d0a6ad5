import { useMutation } from '@apollo/client/react';

import type { UpdateModerationWordListsInput } from '../../../gql/graphql';
import { UpdateModerationWordListsMutation } from '../graphql/update-moderation-word-lists.mutation';

/** Saves the lists; they have no id, so the answer replaces the page's copy directly. */
export function useUpdateWordLists() {
  const [mutate, { loading, error, reset }] = useMutation(UpdateModerationWordListsMutation, {
    update(cache, { data }) {
      const lists = data?.updateModerationWordLists;
      if (lists) {
        cache.modify({ fields: { moderationWordLists: () => lists } });
      }
    },
  });
  const saveLists = async (input: UpdateModerationWordListsInput): Promise<boolean> => {
    try {
      await mutate({ variables: { input } });
      return true;
    } catch {
      return false;
    }
  };
  return { saveLists, isSaving: loading, error: error ?? null, resetError: reset };
}
