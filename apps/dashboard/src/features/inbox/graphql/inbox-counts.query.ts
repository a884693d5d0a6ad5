import { graphql } from '../../../gql';

/** Fresh tab badges after a status change, written over the counts the inbox query shows. */
export const InboxCountsQuery = graphql(`
  query InboxCounts($countsFilter: CommentFilter) {
    inboxCounts(filter: $countsFilter) {
      ...InboxTabs_counts
    }
  }
`);
