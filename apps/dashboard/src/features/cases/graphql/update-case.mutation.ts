import { graphql } from '../../../gql';

/** Changes the team, assignee, priority or category; the answer refreshes the whole case page, timeline included. */
export const UpdateCaseMutation = graphql(`
  mutation UpdateCase($input: UpdateCaseInput!) {
    updateCase(input: $input) {
      id
      ...CaseDetail_case
    }
  }
`);
