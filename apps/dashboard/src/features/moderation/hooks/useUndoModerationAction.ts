import { useMutation } from '@apollo/client/react';

import { UndoModerationActionMutation } from '../graphql/undo-moderation-action.mutation';

/** Undoes one action; the action and its comment's status update in the cache by id. */
export function useUndoModerationAction() {
  const [mutate, { loading, error, reset }] = useMutation(UndoModerationActionMutation);
  const undo = async (id: string): Promise<boolean> => {
    try {
      await mutate({ variables: { input: { id } } });
      return true;
    } catch {
      return false;
    }
  };
  return { undo, isUndoing: loading, error: error ?? null, resetError: reset };
}
