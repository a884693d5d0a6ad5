import { graphql } from '../../../gql';

/**
 * Whether the hash chain is intact. A query of its own, not part of the page's: walking millions
 * of events takes seconds, and the table should not wait for it.
 */
export const AuditChainStatusQuery = graphql(`
  query AuditChainStatus {
    auditChainStatus {
      intact
      checkedCount
      brokenAtSeq
      reason
      checkedAt
    }
  }
`);
