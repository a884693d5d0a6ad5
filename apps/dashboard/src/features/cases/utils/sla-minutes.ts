import { MAX_SLA_MINUTES } from '@bedside/domain';

import { formatDuration } from './sla-display';

/** "15 min", "1 h", "1 d" for a policy in minutes; "No deadline" for none. */
export function formatSlaMinutes(minutes: number | null): string {
  return minutes === null ? 'No deadline' : formatDuration(minutes * 60_000);
}

/**
 * What a manager typed for a policy: null (no deadline) when the box is empty, a whole number of
 * minutes when valid, or a message saying why not.
 */
export function parseSlaMinutes(text: string): { minutes: number | null } | { error: string } {
  const trimmed = text.trim();
  if (trimmed === '') {
    return { minutes: null };
  }
  const minutes = Number(trimmed);
  if (!/^\d+$/.test(trimmed) || minutes < 1 || minutes > MAX_SLA_MINUTES) {
    return { error: `Whole minutes from 1 to ${MAX_SLA_MINUTES}, or empty for no deadline` };
  }
  return { minutes };
}
