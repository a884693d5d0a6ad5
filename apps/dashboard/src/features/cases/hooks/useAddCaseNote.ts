import { useMutation } from '@apollo/client/react';

import { AddCaseNoteMutation } from '../graphql/add-case-note.mutation';

/** Adds an internal note to a case timeline. */
export function useAddCaseNote() {
  const [mutate, { loading, error, reset }] = useMutation(AddCaseNoteMutation);
  const addNote = async (id: string, text: string): Promise<boolean> => {
    try {
      await mutate({ variables: { input: { id, text } } });
      return true;
    } catch {
      return false;
    }
  };
  return { addNote, isSaving: loading, error, resetError: reset };
}
