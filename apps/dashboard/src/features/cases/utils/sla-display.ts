import { type SlaState, slaState } from '@bedside/domain';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * A span of time as a countdown reads it: "45 s", "4 min 05 s", "12 min", "1 h 5 min", "2 d 3 h".
 * Seconds show only in the last ten minutes, where they matter.
 */
export function formatDuration(ms: number): string {
  const value = Math.max(0, Math.floor(Math.abs(ms) / SECOND) * SECOND);
  if (value < MINUTE) {
    return `${value / SECOND} s`;
  }
  if (value < 10 * MINUTE) {
    const seconds = (value % MINUTE) / SECOND;
    return `${Math.floor(value / MINUTE)} min ${String(seconds).padStart(2, '0')} s`;
  }
  if (value < HOUR) {
    return `${Math.floor(value / MINUTE)} min`;
  }
  if (value < DAY) {
    const minutes = Math.floor((value % HOUR) / MINUTE);
    return `${Math.floor(value / HOUR)} h${minutes ? ` ${minutes} min` : ''}`;
  }
  const hours = Math.floor((value % DAY) / HOUR);
  return `${Math.floor(value / DAY)} d${hours ? ` ${hours} h` : ''}`;
}

export interface SlaDisplay {
  state: SlaState;
  /** "Due in 12 min", "Breached 5 min ago", "Met", "Missed by 3 min", "No deadline". */
  label: string;
}

/**
 * Where something stands against its deadline at `now`, in words, with the same rules as the
 * server (`slaState` from the domain), so a countdown can tick in the browser between fetches.
 */
export function describeSla(input: {
  now: number;
  dueAt: string | null;
  /** When the clock stopped (resolved, replied); null while it runs. */
  doneAt: string | null;
}): SlaDisplay {
  const { state, remainingMs } = slaState({
    now: new Date(input.now),
    dueAt: input.dueAt ? new Date(input.dueAt) : null,
    doneAt: input.doneAt ? new Date(input.doneAt) : null,
  });
  const remaining = remainingMs ?? 0;
  switch (state) {
    case 'none':
      return { state, label: 'No deadline' };
    case 'met':
      return { state, label: 'Met' };
    case 'on_track':
    case 'due_soon':
      return { state, label: `Due in ${formatDuration(remaining)}` };
    case 'breached':
      return input.doneAt
        ? { state, label: `Missed by ${formatDuration(remaining)}` }
        : { state, label: `Breached ${formatDuration(remaining)} ago` };
  }
}

/**
 * A comment's first-response SLA in words: the response time once someone replied, else the
 * live countdown.
 */
export function describeCommentSla(input: {
  now: number;
  dueAt: string | null;
  stoppedAt: string | null;
  firstResponseSeconds: number | null;
}): SlaDisplay {
  const sla = describeSla({ now: input.now, dueAt: input.dueAt, doneAt: input.stoppedAt });
  if (input.firstResponseSeconds !== null) {
    return { ...sla, label: `Responded in ${formatDuration(input.firstResponseSeconds * SECOND)}` };
  }
  if (input.stoppedAt && sla.state !== 'none') {
    return { ...sla, label: sla.state === 'met' ? 'Closed in time' : 'Closed late' };
  }
  return sla;
}
