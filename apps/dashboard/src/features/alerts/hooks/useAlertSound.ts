import { useEffect, useRef } from 'react';

import { playAlertSound, unlockAlertSoundOnGesture } from '../utils/alert-sound';

/**
 * Beeps once whenever alert ids this tab has not seen appear (several at once: one beep), and
 * never again for the same id, however often the list is fetched.
 */
export function useAlertSound(alertIds: readonly string[], play: () => void = playAlertSound) {
  const seen = useRef(new Set<string>());

  useEffect(() => unlockAlertSoundOnGesture(), []);

  useEffect(() => {
    const fresh = alertIds.filter((id) => !seen.current.has(id));
    for (const id of fresh) {
      seen.current.add(id);
    }
    if (fresh.length > 0) {
      play();
    }
  }, [alertIds, play]);
}
