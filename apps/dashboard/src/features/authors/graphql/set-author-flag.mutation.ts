import { graphql } from '../../../gql';

/** Watches, blocks or clears an author; the panel follows by id. */
export const SetAuthorFlagMutation = graphql(`
  mutation SetAuthorFlag($input: SetAuthorFlagInput!) {
    setAuthorFlag(input: $input) {
      id
      ...AuthorFlagControl_author
    }
  }
`);
