import { graphql } from '../../../gql';

/** The case page's one query. */
export const CaseDetailQuery = graphql(`
  query CaseDetail($id: ID!) {
    case(id: $id) {
      id
      ...CaseDetail_case
    }
  }
`);
