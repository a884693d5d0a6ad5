import { graphql } from '../../../gql';

/**
 * Further pages while scrolling: only the list, so paging does not recount the tabs. The cache's
 * `comments` policy appends the page to the list the inbox query is showing.
 */
export const InboxNextPageQuery = graphql(`
  query InboxNextPage($filter: CommentFilter, $orderBy: CommentOrder, $first: Int, $after: String) {
    comments(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      ...InboxList_connection
    }
  }
`);
