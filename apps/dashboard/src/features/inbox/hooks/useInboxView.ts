import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import {
  clearFilters,
  type InboxView,
  parseInboxView,
  serializeInboxView,
} from '../utils/inbox-view';

export interface UpdateViewOptions {
  /** Replace the history entry instead of adding one (typing in the search box). */
  replace?: boolean;
}

export interface InboxViewState {
  view: InboxView;
  updateView: (patch: Partial<InboxView>, options?: UpdateViewOptions) => void;
  clearAllFilters: () => void;
}

/** The inbox's filters, tab, search and order, read from and written to the query string. */
export function useInboxView(): InboxViewState {
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => parseInboxView(searchParams), [searchParams]);

  const updateView = useCallback(
    (patch: Partial<InboxView>, options: UpdateViewOptions = {}) => {
      void setSearchParams(
        (current) => serializeInboxView({ ...parseInboxView(current), ...patch }),
        { replace: options.replace ?? false },
      );
    },
    [setSearchParams],
  );

  const clearAllFilters = useCallback(() => {
    void setSearchParams((current) => serializeInboxView(clearFilters(parseInboxView(current))));
  }, [setSearchParams]);

  return { view, updateView, clearAllFilters };
}
