import { createContext, type RefObject } from 'react';

import type { ShortcutHandlers } from './shortcut-registry';

export interface ShortcutContextValue {
  /** Adds a handler map; the most recently added map that handles an id wins. */
  register: (handlers: RefObject<ShortcutHandlers>) => () => void;
  openHelp: () => void;
}

export const ShortcutContext = createContext<ShortcutContextValue | null>(null);
