import { URGENCIES, type Urgency } from './vocabulary';

/**
 * Service-level agreements: how long the team has to act on a comment or case of each urgency.
 * Pure arithmetic on instants; the caller passes `now`, so the same rules run on the server and
 * in the dashboard's live countdown.
 */

/** Minutes to act per urgency; null means no deadline. Managers can change them. */
export type SlaMinutes = Record<Urgency, number | null>;

/** What the issue asks for: critical 15 min, high 1 h, normal 24 h, low no deadline. */
export const DEFAULT_SLA_MINUTES: Readonly<SlaMinutes> = {
  critical: 15,
  high: 60,
  normal: 24 * 60,
  low: null,
};

/** The longest deadline a policy may set: 30 days. */
export const MAX_SLA_MINUTES = 30 * 24 * 60;

export const SLA_STATES = ['none', 'on_track', 'due_soon', 'breached', 'met'] as const;
/**
 * `none`: no deadline. `on_track`: open, time left. `due_soon`: open, in the last quarter of its
 * window. `breached`: past the deadline, whether still open or done too late. `met`: done in time.
 */
export type SlaState = (typeof SLA_STATES)[number];

export const SLA_STATE_LABELS: Record<SlaState, string> = {
  none: 'No deadline',
  on_track: 'On track',
  due_soon: 'Due soon',
  breached: 'Breached',
  met: 'Met',
};

export interface SlaStatus {
  state: SlaState;
  /**
   * Milliseconds from now (or from when it was done) to the deadline: negative once past it;
   * null without a deadline.
   */
  remainingMs: number | null;
}

/** Without a known start, "due soon" is the last 15 minutes. */
const DEFAULT_DUE_SOON_MS = 15 * 60_000;
/** With a known start, "due soon" is the last quarter of the window. */
const DUE_SOON_FRACTION = 0.25;

/**
 * The deadline of something that started at `start` under a policy of `minutes`; null when the
 * policy sets none.
 *
 * @example dueAt(new Date('2026-11-23T12:00:00Z'), 15) // 2026-11-23T12:15:00Z
 */
export function dueAt(start: Date, minutes: number | null | undefined): Date | null {
  if (minutes == null) {
    return null;
  }
  return new Date(start.getTime() + minutes * 60_000);
}

/**
 * Where something stands against its deadline at `now`. Once `doneAt` is set the clock stops:
 * done by the deadline is `met`, after it `breached` (a missed deadline stays missed).
 *
 * @example slaState({ now: at('12:10'), dueAt: at('12:15'), startedAt: at('12:00') })
 *   // { state: 'on_track', remainingMs: 300000 }: due soon starts 3 min 45 s before the deadline
 */
export function slaState(input: {
  now: Date;
  dueAt: Date | null;
  doneAt?: Date | null;
  /** When the clock started: sizes the "due soon" window. */
  startedAt?: Date | null;
}): SlaStatus {
  const { now, dueAt: deadline, doneAt, startedAt } = input;
  if (!deadline) {
    return { state: 'none', remainingMs: null };
  }
  if (doneAt) {
    const remainingMs = deadline.getTime() - doneAt.getTime();
    return { state: remainingMs >= 0 ? 'met' : 'breached', remainingMs };
  }
  const remainingMs = deadline.getTime() - now.getTime();
  if (remainingMs < 0) {
    return { state: 'breached', remainingMs };
  }
  const dueSoonMs = startedAt
    ? (deadline.getTime() - startedAt.getTime()) * DUE_SOON_FRACTION
    : DEFAULT_DUE_SOON_MS;
  return { state: remainingMs <= dueSoonMs ? 'due_soon' : 'on_track', remainingMs };
}

/**
 * Why a policy value is refused, or null when it is fine: whole minutes from 1 to 30 days, or
 * null for no deadline.
 */
export function slaMinutesProblem(minutes: number | null | undefined): string | null {
  if (minutes == null) {
    return null;
  }
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_SLA_MINUTES) {
    return `An SLA is a whole number of minutes from 1 to ${MAX_SLA_MINUTES} (30 days), or none.`;
  }
  return null;
}

/** Whole seconds from `from` to `to` (e.g. first-response time); null when either is missing. */
export function elapsedSeconds(from: Date | null, to: Date | null): number | null {
  if (!from || !to) {
    return null;
  }
  return Math.max(0, Math.round((to.getTime() - from.getTime()) / 1000));
}

/** The policy with every urgency filled in: a missing urgency falls back to its default. */
export function completeSlaMinutes(partial: Partial<SlaMinutes>): SlaMinutes {
  return Object.fromEntries(
    URGENCIES.map((urgency) => [
      urgency,
      urgency in partial ? (partial[urgency] ?? null) : DEFAULT_SLA_MINUTES[urgency],
    ]),
  ) as SlaMinutes;
}
