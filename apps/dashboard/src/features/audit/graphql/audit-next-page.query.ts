import { graphql } from '../../../gql';

/** The next page of events for "Load more"; the cache appends it to the list already shown. */
export const AuditNextPageQuery = graphql(`
  query AuditNextPage($filter: AuditEventFilter, $first: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      ...AuditTable_connection
    }
  }
`);
