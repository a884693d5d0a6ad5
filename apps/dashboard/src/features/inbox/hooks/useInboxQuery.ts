import { NetworkStatus } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';

import { getFragmentData } from '../../../gql';
import { useViewer } from '../../session/ViewerContext';
import { InboxListFragment } from '../components/InboxList';
import { InboxQuery } from '../graphql/inbox.query';
import { InboxCountsQuery } from '../graphql/inbox-counts.query';
import { InboxNextPageQuery } from '../graphql/inbox-next-page.query';
import type { InboxView } from '../utils/inbox-view';
import { toCommentFilter, toCommentOrder, toCountsFilter } from '../utils/to-comment-filter';

/** Comments per request; the server allows up to 200. */
export const INBOX_PAGE_SIZE = 100;

/** The inbox screen's data: one query for tabs, banner and first page, plus paging and refresh. */
export function useInboxQuery(view: InboxView) {
  const client = useApolloClient();
  const viewerId = useViewer().id;
  const variables = useMemo(
    () => ({
      filter: toCommentFilter(view, viewerId),
      countsFilter: toCountsFilter(view, viewerId),
      orderBy: toCommentOrder(view),
      first: INBOX_PAGE_SIZE,
    }),
    [view, viewerId],
  );
  const result = useQuery(InboxQuery, { variables, notifyOnNetworkStatusChange: true });
  const { fetchMore, networkStatus, previousData } = result;
  // While a new filter loads, keep showing the previous list instead of flashing skeletons.
  const data = result.data ?? (result.loading ? previousData : undefined);
  const connection = data ? getFragmentData(InboxListFragment, data.comments) : null;
  const commentIds = useMemo(
    () => connection?.edges.map((edge) => edge.node.id) ?? [],
    [connection],
  );
  const isLoadingMore = networkStatus === NetworkStatus.fetchMore;
  const endCursor = connection?.pageInfo.endCursor ?? null;
  const hasNextPage = connection?.pageInfo.hasNextPage ?? false;

  const loadMore = useCallback(() => {
    if (!hasNextPage || endCursor === null || isLoadingMore) {
      return;
    }
    void fetchMore({
      query: InboxNextPageQuery,
      variables: {
        filter: variables.filter,
        orderBy: variables.orderBy,
        first: INBOX_PAGE_SIZE,
        after: endCursor,
      },
    });
  }, [fetchMore, variables, endCursor, hasNextPage, isLoadingMore]);

  /** Re-reads the tab badges after a status change without reloading the list. */
  const refreshCounts = useCallback(async () => {
    await client.query({
      query: InboxCountsQuery,
      variables: { countsFilter: variables.countsFilter },
      fetchPolicy: 'network-only',
    });
  }, [client, variables.countsFilter]);

  return {
    data,
    error: result.error,
    isLoading: result.loading,
    isStale: result.data === undefined && data !== undefined,
    refetch: result.refetch,
    connection,
    commentIds,
    variables,
    isLoadingMore,
    loadMore,
    refreshCounts,
  };
}
