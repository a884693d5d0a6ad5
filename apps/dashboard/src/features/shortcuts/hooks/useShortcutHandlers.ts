import { useContext, useEffect, useRef } from 'react';

import type { ShortcutHandlers } from '../shortcut-registry';
import { ShortcutContext, type ShortcutContextValue } from '../ShortcutContext';

/**
 * Supplies handlers for shortcuts declared in the registry while the calling component is
 * mounted. Handlers may change every render: the latest ones run.
 */
export function useShortcutHandlers(handlers: ShortcutHandlers): void {
  const context = useShortcutContext();
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => context.register(latest), [context]);
}

export function useShortcutContext(): ShortcutContextValue {
  const context = useContext(ShortcutContext);
  if (!context) {
    throw new Error('useShortcutHandlers must be used inside <ShortcutProvider>');
  }
  return context;
}
