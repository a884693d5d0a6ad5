/**
 * Report ranges and time buckets.
 *
 * The server keeps its rollups in whole UTC hours (counts per channel and post per hour), so every
 * report range is snapped to whole hours before it is queried: a range finer than the rollups
 * could only be answered approximately. Short ranges are charted per hour, longer ones per day, so
 * a chart never has more than a few hundred points. Every report also compares itself with the
 * period of the same length just before it ("+12 % vs the previous 7 days"), so the previous
 * period is resolved here once rather than by each query.
 *
 * Everything is UTC: rollup keys must not depend on the server's or the browser's time zone.
 */

export type Granularity = 'hour' | 'day';

export interface DateRange {
  from: Date;
  to: Date;
}

export interface ResolvedRange extends DateRange {
  /** `hour` for ranges up to 72 hours, `day` beyond. */
  granularity: Granularity;
  /** The period of the same length that ends where this one starts. */
  previous: DateRange;
}

/** What a caller may ask for: dates or ISO strings; a missing `to` means now. */
export interface RangeInput {
  from: Date | string;
  to?: Date | string | null;
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
/** The longest report range: a year and a bit, so "last 12 months" fits with room to spare. */
export const MAX_RANGE_DAYS = 400;
/** Ranges up to this many hours are charted per hour (72 points at most), longer ones per day. */
export const MAX_HOURLY_RANGE_HOURS = 72;

/**
 * Why a range is refused, or null when it is fine: both ends must be valid instants, `from` must
 * be before `to` and before `now`, and the range at most 400 days long (after snapping to hours).
 */
export function rangeProblem(input: RangeInput, now: Date): string | null {
  if (!isValidDate(now)) {
    return 'The current time is not a valid date.';
  }
  const from = toDate(input.from);
  const to = input.to == null ? now : toDate(input.to);
  if (!from || !to) {
    return 'A report range needs valid start and end dates.';
  }
  const start = floorTo(from, HOUR_MS);
  const end = ceilTo(to, HOUR_MS);
  if (from.getTime() >= to.getTime()) {
    return 'A report range must start before it ends.';
  }
  if (from.getTime() >= now.getTime()) {
    return 'A report range cannot start in the future.';
  }
  if (end - start > MAX_RANGE_DAYS * DAY_MS) {
    return `A report range can be at most ${MAX_RANGE_DAYS} days long.`;
  }
  return null;
}

/**
 * Validates a requested range and resolves it for the rollup queries: `from` is snapped down and
 * `to` up to whole UTC hours, the granularity follows from the length, and `previous` is the
 * period of the same length immediately before. Throws a `RangeError` with a user-facing message
 * (see `rangeProblem`) when the range is refused.
 *
 * @example resolveRange({ from: '2026-11-16T00:00Z', to: '2026-11-23T00:00Z' }, now)
 *   // { from: 16 Nov, to: 23 Nov, granularity: 'day', previous: { from: 9 Nov, to: 16 Nov } }
 */
export function resolveRange(input: RangeInput, now: Date): ResolvedRange {
  const problem = rangeProblem(input, now);
  if (problem) {
    throw new RangeError(problem);
  }
  const from = floorTo(toDate(input.from) as Date, HOUR_MS);
  const to = ceilTo(input.to == null ? now : (toDate(input.to) as Date), HOUR_MS);
  const length = to - from;
  return {
    from: new Date(from),
    to: new Date(to),
    granularity: length <= MAX_HOURLY_RANGE_HOURS * HOUR_MS ? 'hour' : 'day',
    previous: { from: new Date(from - length), to: new Date(from) },
  };
}

/** The start of the UTC hour or day that contains `date`. */
export function bucketStart(date: Date, granularity: Granularity): Date {
  assertValidDate(date);
  return new Date(floorTo(date, granularity === 'hour' ? HOUR_MS : DAY_MS));
}

/**
 * The starts of every bucket that overlaps `[from, to)`, as ISO strings, oldest first. Report
 * queries only return buckets that have rows; the chart fills the others with zeros from this
 * list (see `fillSeries`), so a quiet night shows as zero rather than as a missing point.
 *
 * @example bucketsBetween(at('10:30'), at('13:00'), 'hour')
 *   // ['…T10:00:00.000Z', '…T11:00:00.000Z', '…T12:00:00.000Z']
 */
export function bucketsBetween(from: Date, to: Date, granularity: Granularity): string[] {
  assertValidDate(from);
  assertValidDate(to);
  const step = granularity === 'hour' ? HOUR_MS : DAY_MS;
  const end = to.getTime();
  const buckets: string[] = [];
  // 400 days of hours is 9,600 buckets; anything far beyond that is a caller's mistake.
  const maxBuckets = ((MAX_RANGE_DAYS + 2) * DAY_MS) / HOUR_MS;
  for (let time = floorTo(from, step); time < end; time += step) {
    if (buckets.length >= maxBuckets) {
      throw new RangeError(`Too many ${granularity} buckets between the two dates.`);
    }
    buckets.push(new Date(time).toISOString());
  }
  return buckets;
}

/**
 * The rollup key of the UTC hour containing `date`: sortable, readable in the database, and the
 * same on the server and in the browser.
 *
 * @example hourKey(new Date('2026-11-23T14:35:10Z')) // '2026-11-23T14'
 */
export function hourKey(date: Date): string {
  assertValidDate(date);
  return date.toISOString().slice(0, 13);
}

/**
 * The rollup key of the UTC day containing `date`.
 *
 * @example dayKey(new Date('2026-11-23T14:35:10Z')) // '2026-11-23'
 */
export function dayKey(date: Date): string {
  assertValidDate(date);
  return date.toISOString().slice(0, 10);
}

/** `hourKey` or `dayKey`, whichever the granularity asks for. */
export function bucketKey(date: Date, granularity: Granularity): string {
  return granularity === 'hour' ? hourKey(date) : dayKey(date);
}

/**
 * The start of the bucket a key names, or null when the string is not a key: the inverse of
 * `hourKey` and `dayKey`, for turning rollup rows back into chart points.
 *
 * @example bucketKeyToDate('2026-11-23T14') // 2026-11-23T14:00:00.000Z
 */
export function bucketKeyToDate(key: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}))?$/.exec(key);
  if (!match) {
    return null;
  }
  const [, year, month, day, hour] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour ?? 0)));
  // Date.UTC rolls 2026-02-30 over into March; a key that does not round-trip is not a key.
  const roundTrip = hour === undefined ? dayKey(date) : hourKey(date);
  return roundTrip === key ? date : null;
}

function toDate(value: Date | string): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return isValidDate(date) ? date : null;
}

function isValidDate(date: Date): boolean {
  return date instanceof Date && !Number.isNaN(date.getTime());
}

function assertValidDate(date: Date): void {
  if (!isValidDate(date)) {
    throw new RangeError('Invalid date.');
  }
}

function floorTo(date: Date, step: number): number {
  return Math.floor(date.getTime() / step) * step;
}

function ceilTo(date: Date, step: number): number {
  return Math.ceil(date.getTime() / step) * step;
}
