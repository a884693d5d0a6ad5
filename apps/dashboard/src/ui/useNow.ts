import { useSyncExternalStore } from 'react';

const MINUTE_MS = 60_000;

/**
 * One shared clock for every relative time on screen, ticking on each minute boundary, so rows
 * agree with each other and a list of thousands does not run thousands of timers. It reads the
 * time floored to the minute, which keeps the snapshot stable between ticks as React requires.
 */
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setTimeout> | undefined;

function currentMinute(): number {
  return Math.floor(Date.now() / MINUTE_MS) * MINUTE_MS;
}

function scheduleTick(): void {
  timer = setTimeout(
    () => {
      listeners.forEach((listener) => listener());
      scheduleTick();
    },
    MINUTE_MS - (Date.now() % MINUTE_MS),
  );
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) {
    scheduleTick();
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
  };
}

/** The current time in milliseconds, floored to the minute; re-renders when the minute changes. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, currentMinute, currentMinute);
}
