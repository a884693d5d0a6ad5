import { graphql } from '../../../gql';

/** Moves the case through its workflow; the answer refreshes the whole case page, timeline included. */
export const ChangeCaseStatusMutation = graphql(`
  mutation ChangeCaseStatus($input: ChangeCaseStatusInput!) {
    changeCaseStatus(input: $input) {
      id
      ...CaseDetail_case
    }
  }
`);
