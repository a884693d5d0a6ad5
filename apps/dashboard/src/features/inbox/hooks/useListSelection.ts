import { useCallback, useMemo, useState } from 'react';

export type SelectionMove = 1 | -1 | 'first' | 'last';

/**
 * The keyboard cursor of the list (j/k, arrows). It follows the open comment, and stays put by id
 * when pages are appended, so loading more never moves it.
 */
export function useListSelection(ids: readonly string[], openId: string | null) {
  const [selectedId, setSelectedId] = useState<string | null>(openId);
  const [followedOpenId, setFollowedOpenId] = useState(openId);
  if (openId !== followedOpenId) {
    setFollowedOpenId(openId);
    if (openId !== null) {
      setSelectedId(openId);
    }
  }

  const selectedIndex = useMemo(
    () => (selectedId === null ? -1 : ids.indexOf(selectedId)),
    [ids, selectedId],
  );

  /** Moves the cursor and returns the id it lands on (null on an empty list). */
  const move = useCallback(
    (step: SelectionMove): string | null => {
      if (ids.length === 0) {
        return null;
      }
      let next: number;
      if (step === 'first' || selectedIndex < 0) {
        next = step === 'last' ? ids.length - 1 : 0;
      } else if (step === 'last') {
        next = ids.length - 1;
      } else {
        next = Math.min(Math.max(selectedIndex + step, 0), ids.length - 1);
      }
      setSelectedId(ids[next]);
      return ids[next];
    },
    [ids, selectedIndex],
  );

  return { selectedId: selectedIndex >= 0 ? selectedId : null, selectedIndex, move };
}
