import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import { parseReportView, type ReportView, serializeReportView } from '../utils/report-view';

/** The report's range, channels and comparison, kept in the URL so a report link can be shared. */
export function useReportView() {
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => parseReportView(searchParams), [searchParams]);
  const updateView = useCallback(
    (changes: Partial<ReportView>) =>
      setSearchParams(
        (current) => serializeReportView({ ...parseReportView(current), ...changes }),
        {
          replace: true,
        },
      ),
    [setSearchParams],
  );
  return { view, updateView };
}
