import { graphql } from '../../../gql';

/** Replaces the banned words, suspect words and trusted domains. */
export const UpdateModerationWordListsMutation = graphql(`
  mutation UpdateModerationWordLists($input: UpdateModerationWordListsInput!) {
    updateModerationWordLists(input: $input) {
      ...ModerationWordListsForm_lists
    }
  }
`);
