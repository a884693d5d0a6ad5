import { graphql } from '../../../gql';

/** The inbox screen's one query: tab badges, whether sample data is loaded, and the first page. */
export const InboxQuery = graphql(`
  query Inbox(
    $filter: CommentFilter
    $countsFilter: CommentFilter
    $orderBy: CommentOrder
    $first: Int
    $after: String
  ) {
    sampleDataLoaded
    everything: inboxCounts {
      total
    }
    inboxCounts(filter: $countsFilter) {
      ...InboxTabs_counts
    }
    comments(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      ...InboxList_connection
    }
  }
`);
