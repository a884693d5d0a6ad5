import { graphql } from '../../../gql';

/** Adds an internal note; the server notifies the team members it @mentions. */
export const AddCommentNoteMutation = graphql(`
  mutation AddCommentNote($input: AddCommentNoteInput!) {
    addCommentNote(input: $input) {
      id
      ...NoteItem_note
    }
  }
`);
