import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';

import { getFragmentData } from '../../../gql';
import { AuditTableFragment } from '../components/AuditTable';
import { AuditNextPageQuery } from '../graphql/audit-next-page.query';
import { AuditPageQuery } from '../graphql/audit-page.query';
import { type AuditView, toAuditEventFilter } from '../utils/audit-view';

/** Events per page; the server allows up to 200. */
export const AUDIT_PAGE_SIZE = 50;

/** The audit screen's data: the filters' choices and the events, with "Load more". */
export function useAuditQuery(view: AuditView) {
  const variables = useMemo(
    () => ({ filter: toAuditEventFilter(view), first: AUDIT_PAGE_SIZE }),
    [view],
  );
  const result = useQuery(AuditPageQuery, { variables, notifyOnNetworkStatusChange: true });
  const { fetchMore, networkStatus } = result;
  // While a new filter loads, the previous events stay on screen, dimmed.
  const data = result.data ?? (result.loading ? result.previousData : undefined);
  const connection = data ? getFragmentData(AuditTableFragment, data.auditEvents) : null;
  const isLoadingMore = networkStatus === NetworkStatus.fetchMore;
  const endCursor = connection?.pageInfo.endCursor ?? null;
  const hasNextPage = connection?.pageInfo.hasNextPage ?? false;

  const loadMore = useCallback(() => {
    if (!hasNextPage || endCursor === null || isLoadingMore) {
      return;
    }
    void fetchMore({
      query: AuditNextPageQuery,
      variables: { filter: variables.filter, first: AUDIT_PAGE_SIZE, after: endCursor },
    });
  }, [fetchMore, variables, endCursor, hasNextPage, isLoadingMore]);

  return {
    data,
    error: result.error,
    isLoading: result.loading && !isLoadingMore,
    isStale: result.data === undefined && data !== undefined,
    refetch: result.refetch,
    isLoadingMore,
    hasNextPage,
    loadMore,
  };
}
