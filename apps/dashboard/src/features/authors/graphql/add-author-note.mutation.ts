import { graphql } from '../../../gql';

/** Adds a team note about an author; the answer carries the notes list. */
export const AddAuthorNoteMutation = graphql(`
  mutation AddAuthorNote($input: AddAuthorNoteInput!) {
    addAuthorNote(input: $input) {
      id
      ...AuthorNotes_author
    }
  }
`);
