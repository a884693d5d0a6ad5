import { useMutation } from '@apollo/client/react';

import { AddAuthorNoteMutation } from '../graphql/add-author-note.mutation';

/** Adds a note about the author of a comment. */
export function useAddAuthorNote(commentId: string) {
  const [mutate, { loading, error, reset }] = useMutation(AddAuthorNoteMutation);
  const addNote = async (body: string): Promise<boolean> => {
    try {
      await mutate({ variables: { input: { commentId, body } } });
      return true;
    } catch {
      return false;
    }
  };
  return { addNote, isAdding: loading, error: error ?? null, resetError: reset };
}
