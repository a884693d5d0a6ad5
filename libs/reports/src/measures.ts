import { bucketKeyToDate } from './periods';

/**
 * Small measures every report query needs, kept here so the API, the CSV export and the
 * dashboard round and compare the same way.
 */

/**
 * Percentages of a total that add up to exactly 100 (unless every count is zero): each share is
 * rounded down to `decimals` places and the missing units go to the largest remainders (ties to
 * the larger count, then the earlier entry). Plain rounding would show 33 + 33 + 33 = 99, which
 * readers of a pie chart notice.
 *
 * @example shares([1, 1, 1]) // [34, 33, 33]
 * @example shares({ negative: 12, neutral: 30, positive: 8 })
 *   // { negative: 24, neutral: 60, positive: 16 }
 */
export function shares(counts: readonly number[], decimals?: number): number[];
export function shares<K extends string>(
  counts: Readonly<Record<K, number>>,
  decimals?: number,
): Record<K, number>;
export function shares(
  counts: readonly number[] | Readonly<Record<string, number>>,
  decimals = 0,
): number[] | Record<string, number> {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) {
    throw new RangeError('decimals must be a whole number from 0 to 6.');
  }
  if (Array.isArray(counts)) {
    return largestRemainder(counts as readonly number[], decimals);
  }
  const entries = Object.entries(counts);
  const percents = largestRemainder(
    entries.map(([, count]) => count),
    decimals,
  );
  return Object.fromEntries(entries.map(([key], index) => [key, percents[index]]));
}

function largestRemainder(counts: readonly number[], decimals: number): number[] {
  for (const count of counts) {
    if (!Number.isFinite(count) || count < 0) {
      throw new RangeError('Counts must be non-negative numbers.');
    }
  }
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) {
    return counts.map(() => 0);
  }
  const scale = 10 ** decimals;
  const units = 100 * scale;
  // Whole counts (the usual case) are shared in exact integer arithmetic, so equal remainders
  // really tie instead of being decided by floating-point noise; the remainder is then the
  // numerator over `total`.
  const exactArithmetic =
    counts.every((count) => Number.isSafeInteger(count)) && Number.isSafeInteger(total * units);
  const floors: number[] = [];
  const remainders: number[] = [];
  for (const count of counts) {
    if (exactArithmetic) {
      const remainder = (count * units) % total;
      floors.push((count * units - remainder) / total);
      remainders.push(remainder);
    } else {
      const exact = (count / total) * units;
      floors.push(Math.floor(exact));
      remainders.push((exact - Math.floor(exact)) * total);
    }
  }
  let missing = units - floors.reduce((sum, value) => sum + value, 0);
  const order = counts
    .map((count, index) => ({ count, index, remainder: remainders[index] }))
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.remainder - a.remainder || b.count - a.count || a.index - b.index);
  for (const { index } of order) {
    if (missing <= 0) {
      break;
    }
    floors[index] += 1;
    missing -= 1;
  }
  return floors.map((value) => value / scale);
}

export interface Change {
  /** `current − previous`. */
  delta: number;
  /**
   * The change in percent of `previous`, one decimal; null when `previous` is 0 and `current`
   * is not (growth from nothing has no percentage), 0 when both are 0.
   */
  percent: number | null;
}

/**
 * How a measure moved against the previous period, for the "+12 % vs previous 7 days" badges.
 *
 * @example changeVsPrevious(56, 50) // { delta: 6, percent: 12 }
 */
export function changeVsPrevious(current: number, previous: number): Change {
  if (!Number.isFinite(current) || !Number.isFinite(previous)) {
    throw new RangeError('Both values must be finite numbers.');
  }
  const delta = current - previous;
  if (previous === 0) {
    return { delta, percent: current === 0 ? 0 : null };
  }
  return { delta, percent: Math.round((delta / Math.abs(previous)) * 1000) / 10 };
}

/**
 * The share (0–1) of items handled within their SLA target, or null when none had a target in
 * the period (no data is not 0 % compliance).
 *
 * @example slaCompliance({ withinTarget: 45, late: 5 }) // 0.9
 */
export function slaCompliance(counts: { withinTarget: number; late: number }): number | null {
  const { withinTarget, late } = counts;
  if (!Number.isFinite(withinTarget) || !Number.isFinite(late) || withinTarget < 0 || late < 0) {
    throw new RangeError('SLA counts must be non-negative numbers.');
  }
  const total = withinTarget + late;
  return total === 0 ? null : withinTarget / total;
}

export interface SeriesPoint {
  /** An ISO instant, a `Date`, a rollup key ('2026-11-23T14', '2026-11-23') or SQL UTC text. */
  bucket: string | Date;
  value: number;
}

/**
 * One point per bucket, in the order of `buckets` (from `bucketsBetween`), with the values of
 * `points` summed per bucket and zero where there are none: rollup queries only return rows that
 * exist, and a chart must show a quiet hour as zero rather than join its neighbours. Points are
 * matched by instant, so '2026-11-23T14', '2026-11-23T14:00:00Z' and a `Date` meet; points
 * outside the buckets are ignored.
 *
 * @example fillSeries(bucketsBetween(from, to, 'hour'), [{ bucket: '2026-11-23T11', value: 2 }])
 *   // [{ bucket: '…T10:00:00.000Z', value: 0 }, { bucket: '…T11:00:00.000Z', value: 2 }, …]
 */
export function fillSeries(
  buckets: readonly string[],
  points: Iterable<SeriesPoint>,
): { bucket: string; value: number }[] {
  const sums = new Map<number, number>();
  for (const bucket of buckets) {
    sums.set(instantOf(bucket), 0);
  }
  for (const point of points) {
    if (!Number.isFinite(point.value)) {
      throw new RangeError('Series values must be finite numbers.');
    }
    const time = instantOf(point.bucket);
    const sum = sums.get(time);
    if (sum !== undefined) {
      sums.set(time, sum + point.value);
    }
  }
  return buckets.map((bucket) => ({ bucket, value: sums.get(instantOf(bucket)) ?? 0 }));
}

// SQL engines print UTC instants without a zone ("2026-11-23 14:00:00"); JavaScript would read
// those as local time.
const SQL_UTC = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/;

function instantOf(bucket: string | Date): number {
  let date: Date | null;
  if (bucket instanceof Date) {
    date = bucket;
  } else {
    const sql = SQL_UTC.exec(bucket);
    date = bucketKeyToDate(bucket) ?? new Date(sql ? `${sql[1]}T${sql[2]}Z` : bucket);
  }
  const time = date.getTime();
  if (Number.isNaN(time)) {
    throw new RangeError(`Not a bucket: ${String(bucket)}`);
  }
  return time;
}
