import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import {
  type AuditView,
  auditViewToSearch,
  EMPTY_AUDIT_VIEW,
  parseAuditView,
} from '../utils/audit-view';

/** The audit page's filters, kept in the URL so a filtered view can be shared or reloaded. */
export function useAuditView() {
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => parseAuditView(searchParams), [searchParams]);
  const updateView = useCallback(
    (changes: Partial<AuditView>) =>
      setSearchParams(auditViewToSearch({ ...view, ...changes }), { replace: true }),
    [setSearchParams, view],
  );
  const clearFilters = useCallback(
    () => setSearchParams(auditViewToSearch(EMPTY_AUDIT_VIEW), { replace: true }),
    [setSearchParams],
  );
  return { view, updateView, clearFilters };
}
