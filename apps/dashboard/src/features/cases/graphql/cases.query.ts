import { graphql } from '../../../gql';

/** The cases page's one query; `after` fetches the next page into the same list. */
export const CasesQuery = graphql(`
  query Cases($filter: CaseFilter, $orderBy: CaseOrder, $first: Int, $after: String) {
    cases(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...CaseRow_case
        }
      }
    }
  }
`);
