import type { Reference } from '@apollo/client';
import { useMutation } from '@apollo/client/react';

import { AddCommentNoteMutation } from '../graphql/add-comment-note.mutation';

/** Adds an internal note and appends it to the comment's cached notes, so the list shows it. */
export function useAddCommentNote(commentId: string) {
  const [mutate, { loading, error, reset }] = useMutation(AddCommentNoteMutation, {
    update(cache, { data }) {
      const note = data?.addCommentNote;
      if (!note) {
        return;
      }
      cache.modify({
        id: cache.identify({ __typename: 'Comment', id: commentId }),
        fields: {
          notes(existing, { toReference, readField }) {
            const list = Array.isArray(existing) ? (existing as readonly Reference[]) : [];
            const reference = toReference(note);
            const isThere = list.some((entry) => readField('id', entry) === note.id);
            return isThere || !reference ? list : [...list, reference];
          },
        },
      });
    },
  });

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
