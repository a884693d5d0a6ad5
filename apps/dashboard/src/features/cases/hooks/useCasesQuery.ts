import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';

import { CasesQuery } from '../graphql/cases.query';
import { type CasesView, toCaseFilter, toCaseOrder } from '../utils/cases-view';

/** Cases per request; the server allows up to 200. */
export const CASES_PAGE_SIZE = 50;

/** The cases page's data for a view, with "load more". */
export function useCasesQuery(view: CasesView, viewerId: string) {
  const variables = useMemo(
    () => ({
      filter: toCaseFilter(view, viewerId),
      orderBy: toCaseOrder(view),
      first: CASES_PAGE_SIZE,
    }),
    [view, viewerId],
  );
  const result = useQuery(CasesQuery, { variables, notifyOnNetworkStatusChange: true });
  const { fetchMore, networkStatus, previousData } = result;
  // While a new filter loads, keep showing the previous list instead of flashing skeletons.
  const data = result.data ?? (result.loading ? previousData : undefined);
  const connection = data?.cases ?? null;
  const isLoadingMore = networkStatus === NetworkStatus.fetchMore;
  const endCursor = connection?.pageInfo.endCursor ?? null;

  const loadMore = useCallback(() => {
    if (endCursor === null || isLoadingMore) {
      return;
    }
    void fetchMore({ variables: { ...variables, after: endCursor } });
  }, [fetchMore, variables, endCursor, isLoadingMore]);

  return {
    connection,
    error: result.error,
    isLoading: result.loading,
    isStale: result.data === undefined && data !== undefined,
    isLoadingMore,
    loadMore,
    refetch: result.refetch,
  };
}
