import { MAX_SLA_MINUTES } from '@bedside/domain';

/**
 * A fixed log-scale histogram of durations (first-response time, time to resolve).
 *
 * Percentiles cannot be added up: the median of Monday plus the median of Tuesday is not the
 * median of both days. Counts per bucket can. So the server's rollups keep, per hour and channel,
 * how many durations fell into each bucket below; a report sums the rows of its range and reads
 * the percentiles from the sum. Because the buckets grow geometrically (each at most 1.5× the one
 * before), the error of an estimate is relative: a few seconds for quick replies, a few hours for
 * week-long cases, which is what a manager reading "median first response" needs.
 *
 * The boundaries are round numbers so the SLA targets (15 min, 1 h, 24 h) are boundaries and
 * "answered within 1 hour" is exact. They are stored implicitly (by index) in every rollup row,
 * so they must never change: a different set needs a new rollup column, not an edit here.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The upper bounds (exclusive) of the duration buckets, in milliseconds: bucket 0 holds
 * `[0, 30 s)`, bucket `i` holds `[DURATION_BUCKETS_MS[i - 1], DURATION_BUCKETS_MS[i])`, and one
 * last overflow bucket (index `DURATION_BUCKETS_MS.length`) holds 30 days and more.
 */
export const DURATION_BUCKETS_MS: readonly number[] = Object.freeze([
  30 * SECOND,
  40 * SECOND,
  50 * SECOND,
  1 * MINUTE,
  75 * SECOND,
  90 * SECOND,
  2 * MINUTE,
  150 * SECOND,
  3 * MINUTE,
  4 * MINUTE,
  5 * MINUTE,
  7 * MINUTE,
  10 * MINUTE,
  12 * MINUTE,
  15 * MINUTE,
  20 * MINUTE,
  25 * MINUTE,
  30 * MINUTE,
  45 * MINUTE,
  1 * HOUR,
  90 * MINUTE,
  2 * HOUR,
  3 * HOUR,
  4 * HOUR,
  6 * HOUR,
  8 * HOUR,
  12 * HOUR,
  18 * HOUR,
  1 * DAY,
  36 * HOUR,
  2 * DAY,
  3 * DAY,
  4 * DAY,
  5 * DAY,
  7 * DAY,
  10 * DAY,
  14 * DAY,
  21 * DAY,
  // The longest SLA a policy may set.
  MAX_SLA_MINUTES * MINUTE,
]);

/** How many counts a histogram holds: one per boundary plus the overflow bucket. */
export const DURATION_BUCKET_COUNT = DURATION_BUCKETS_MS.length + 1;

/** A histogram: `DURATION_BUCKET_COUNT` non-negative counts, one per bucket. */
export type DurationHistogram = number[];

/**
 * The index of the bucket a duration falls into. Negative durations (clock skew between a
 * platform and us) count as zero; durations of 30 days or more go to the overflow bucket.
 *
 * @example durationBucket(45 * 60_000) // the bucket [45 min, 1 h)
 */
export function durationBucket(ms: number): number {
  if (Number.isNaN(ms)) {
    throw new RangeError('A duration must be a number of milliseconds.');
  }
  // Binary search for the first upper bound above `ms`.
  let low = 0;
  let high = DURATION_BUCKETS_MS.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (ms < DURATION_BUCKETS_MS[middle]) {
      high = middle;
    } else {
      low = middle + 1;
    }
  }
  return low;
}

/**
 * The bounds of bucket `index` in milliseconds: `upperMs` is exclusive and null for the overflow
 * bucket. For chart axes ("15–20 min") and for the interpolation below.
 */
export function durationBucketBounds(index: number): { lowerMs: number; upperMs: number | null } {
  if (!Number.isInteger(index) || index < 0 || index >= DURATION_BUCKET_COUNT) {
    throw new RangeError(
      `A duration bucket index is a whole number from 0 to ${DURATION_BUCKET_COUNT - 1}.`,
    );
  }
  return {
    lowerMs: index === 0 ? 0 : DURATION_BUCKETS_MS[index - 1],
    upperMs: index < DURATION_BUCKETS_MS.length ? DURATION_BUCKETS_MS[index] : null,
  };
}

/** A histogram with every count at zero. */
export function emptyHistogram(): DurationHistogram {
  return new Array<number>(DURATION_BUCKET_COUNT).fill(0);
}

/**
 * A copy of `counts` with `times` more durations of `ms` (pass a negative `times` to take one
 * back out, e.g. when a reply is deleted). Returns a new array: rollup code can keep its inputs.
 */
export function addToHistogram(
  counts: readonly number[],
  ms: number,
  times = 1,
): DurationHistogram {
  assertHistogram(counts);
  const next = [...counts];
  const index = durationBucket(ms);
  next[index] = Math.max(0, next[index] + times);
  return next;
}

/** A histogram of a list of durations. */
export function histogramOf(durationsMs: Iterable<number>): DurationHistogram {
  const counts = emptyHistogram();
  for (const ms of durationsMs) {
    counts[durationBucket(ms)] += 1;
  }
  return counts;
}

/**
 * The bucket-wise sum of histograms: the rollup rows of a report's range, added up. An empty
 * list gives the empty histogram.
 */
export function mergeHistograms(histograms: Iterable<readonly number[]>): DurationHistogram {
  const total = emptyHistogram();
  for (const counts of histograms) {
    assertHistogram(counts);
    for (let index = 0; index < DURATION_BUCKET_COUNT; index += 1) {
      total[index] += counts[index];
    }
  }
  return total;
}

/** How many durations a histogram holds. */
export function histogramTotal(counts: readonly number[]): number {
  assertHistogram(counts);
  return counts.reduce((sum, count) => sum + count, 0);
}

/**
 * The estimated `p`th percentile (0–100) in milliseconds, or null when the histogram is empty.
 * The rank is located in its bucket and the value interpolated inside it, geometrically (the
 * buckets are log-spaced, so durations spread evenly on a log scale within one) and linearly in
 * the first bucket, which starts at zero. The estimate is always inside the right bucket, so it
 * is off by less than one bucket's width. The overflow bucket has no upper end: a percentile
 * that lands there is reported as 30 days, read "30 days or more".
 *
 * @example percentileFromHistogram(mergeHistograms(rows), 50) // median first-response time
 */
export function percentileFromHistogram(counts: readonly number[], p: number): number | null {
  if (!Number.isFinite(p) || p < 0 || p > 100) {
    throw new RangeError('A percentile is a number from 0 to 100.');
  }
  const total = histogramTotal(counts);
  if (total === 0) {
    return null;
  }
  const rank = (p / 100) * total;
  let before = 0;
  for (let index = 0; index < DURATION_BUCKET_COUNT; index += 1) {
    const count = counts[index];
    if (count > 0 && before + count >= rank) {
      const fraction = Math.min(1, Math.max(0, (rank - before) / count));
      return interpolate(index, fraction);
    }
    before += count;
  }
  // Unreachable: the loop always finds the bucket of a rank at most `total`.
  return interpolate(DURATION_BUCKET_COUNT - 1, 1);
}

/**
 * The share (0–1) of durations under `ms`, or null when the histogram is empty: exact when `ms`
 * is a bucket boundary (every SLA default is one), interpolated like percentiles otherwise.
 *
 * @example shareWithin(histogram, 60 * 60_000) // answered within an hour
 */
export function shareWithin(counts: readonly number[], ms: number): number | null {
  const total = histogramTotal(counts);
  if (total === 0) {
    return null;
  }
  const index = durationBucket(ms);
  let below = 0;
  for (let i = 0; i < index; i += 1) {
    below += counts[i];
  }
  const { lowerMs, upperMs } = durationBucketBounds(index);
  if (upperMs !== null && ms > lowerMs) {
    const fraction =
      index === 0 ? ms / upperMs : Math.log(ms / lowerMs) / Math.log(upperMs / lowerMs);
    below += counts[index] * fraction;
  }
  return below / total;
}

function interpolate(index: number, fraction: number): number {
  const { lowerMs, upperMs } = durationBucketBounds(index);
  if (upperMs === null) {
    return lowerMs;
  }
  if (index === 0) {
    return lowerMs + (upperMs - lowerMs) * fraction;
  }
  return lowerMs * Math.pow(upperMs / lowerMs, fraction);
}

function assertHistogram(counts: readonly number[]): void {
  if (counts.length !== DURATION_BUCKET_COUNT) {
    throw new RangeError(
      `A duration histogram has ${DURATION_BUCKET_COUNT} counts, not ${counts.length}.`,
    );
  }
  for (const count of counts) {
    if (!Number.isFinite(count) || count < 0) {
      throw new RangeError('Histogram counts must be non-negative numbers.');
    }
  }
}
