import { type ReactNode, type RefObject, useEffect, useMemo, useRef, useState } from 'react';

import { isInsideDialog, isTypingTarget, ownsEnter } from '../is-typing-target';
import { matchShortcut, type ShortcutHandlers } from '../shortcut-registry';
import { ShortcutContext, type ShortcutContextValue } from '../ShortcutContext';
import { ShortcutHelpModal } from './ShortcutHelpModal';

export interface ShortcutProviderProps {
  children: ReactNode;
}

/**
 * Binds the registry's keys once, on the window, and routes each press to the newest mounted
 * component that handles it. Nothing fires while the user types in a field or works in a dialog.
 */
export function ShortcutProvider({ children }: ShortcutProviderProps) {
  const handlerStack = useRef<Array<RefObject<ShortcutHandlers>>>([]);
  const [isHelpOpen, setHelpOpen] = useState(false);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (event.defaultPrevented || event.isComposing) {
        return;
      }
      const shortcut = matchShortcut(event);
      if (!shortcut || isTypingTarget(event.target) || isInsideDialog(event.target)) {
        return;
      }
      if (shortcut.key === 'Enter' && ownsEnter(event.target)) {
        return;
      }
      if (shortcut.id === 'showHelp') {
        event.preventDefault();
        setHelpOpen(true);
        return;
      }
      const stack = handlerStack.current;
      for (let index = stack.length - 1; index >= 0; index -= 1) {
        const handler = stack[index].current?.[shortcut.id];
        if (handler) {
          event.preventDefault();
          handler();
          return;
        }
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const value = useMemo<ShortcutContextValue>(
    () => ({
      register: (handlers) => {
        handlerStack.current = [...handlerStack.current, handlers];
        return () => {
          handlerStack.current = handlerStack.current.filter((entry) => entry !== handlers);
        };
      },
      openHelp: () => setHelpOpen(true),
    }),
    [],
  );

  return (
    <ShortcutContext value={value}>
      {children}
      <ShortcutHelpModal opened={isHelpOpen} onClose={() => setHelpOpen(false)} />
    </ShortcutContext>
  );
}
