import { graphql } from '../../../gql';

/** Adds an internal note; the answer refreshes the whole case page, timeline included. */
export const AddCaseNoteMutation = graphql(`
  mutation AddCaseNote($input: AddCaseNoteInput!) {
    addCaseNote(input: $input) {
      id
      ...CaseDetail_case
    }
  }
`);
