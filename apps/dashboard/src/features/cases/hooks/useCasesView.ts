import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import {
  type CasesView,
  DEFAULT_CASES_VIEW,
  parseCasesView,
  serializeCasesView,
} from '../utils/cases-view';

/** The cases page's filters and order, read from and written to the query string. */
export function useCasesView() {
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => parseCasesView(searchParams), [searchParams]);

  const updateView = useCallback(
    (patch: Partial<CasesView>, options: { replace?: boolean } = {}) => {
      void setSearchParams(
        (current) => serializeCasesView({ ...parseCasesView(current), ...patch }),
        { replace: options.replace ?? false },
      );
    },
    [setSearchParams],
  );

  const clearFilters = useCallback(() => {
    void setSearchParams((current) =>
      serializeCasesView({
        ...DEFAULT_CASES_VIEW,
        status: parseCasesView(current).status,
        order: parseCasesView(current).order,
      }),
    );
  }, [setSearchParams]);

  return { view, updateView, clearFilters };
}
