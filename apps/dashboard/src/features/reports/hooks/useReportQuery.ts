import { skipToken, useQuery } from '@apollo/client/react';

import type { ReportFilterInput } from '../../../gql/graphql';
import { ReportPageQuery } from '../graphql/report.query';

/**
 * The report of a filter; nothing is asked while the filter is not valid (null). While a new
 * filter loads, the previous report stays on screen, dimmed.
 */
export function useReportQuery(filter: ReportFilterInput | null) {
  const result = useQuery(
    ReportPageQuery,
    filter ? { variables: { filter }, notifyOnNetworkStatusChange: true } : skipToken,
  );
  const data = result.data ?? (result.loading ? result.previousData : undefined);
  return {
    report: data?.report ?? null,
    error: result.error ?? null,
    isLoading: result.loading,
    isStale: result.data === undefined && data !== undefined,
    refetch: result.refetch,
  };
}
