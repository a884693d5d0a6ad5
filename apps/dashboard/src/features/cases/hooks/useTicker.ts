import { useSyncExternalStore } from 'react';

const SECOND_MS = 1000;

/**
 * One shared once-a-second clock for the SLA countdowns on screen: a page of cases runs one
 * timer, not one per row. Like `useNow` it reads the time floored (to the second here), which
 * keeps the snapshot stable between ticks as React requires.
 */
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function currentSecond(): number {
  return Math.floor(Date.now() / SECOND_MS) * SECOND_MS;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  timer ??= setInterval(() => listeners.forEach((notify) => notify()), SECOND_MS);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The current time in milliseconds, floored to the second; re-renders every second. */
export function useTicker(): number {
  return useSyncExternalStore(subscribe, currentSecond, currentSecond);
}
