import { graphql } from '../../../gql';

/** The audit screen's one query: the filters' choices and the first page of events. */
export const AuditPageQuery = graphql(`
  query AuditPage($filter: AuditEventFilter, $first: Int, $after: String) {
    auditActions
    auditActors {
      ...AuditFilterBar_actor
    }
    auditEvents(filter: $filter, first: $first, after: $after) {
      ...AuditTable_connection
    }
  }
`);
