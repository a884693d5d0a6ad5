import { DEFAULT_SLA_MINUTES, MAX_SLA_MINUTES } from '@bedside/domain';

import {
  addToHistogram,
  DURATION_BUCKET_COUNT,
  DURATION_BUCKETS_MS,
  durationBucket,
  durationBucketBounds,
  emptyHistogram,
  histogramOf,
  histogramTotal,
  mergeHistograms,
  percentileFromHistogram,
  shareWithin,
} from './histogram';
import { exactPercentile, logNormalSample, seededRandom } from './testing/random';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('DURATION_BUCKETS_MS', () => {
  it('has about 40 boundaries from 30 s to 30 days, strictly increasing', () => {
    expect(DURATION_BUCKETS_MS.length).toBeGreaterThanOrEqual(35);
    expect(DURATION_BUCKETS_MS.length).toBeLessThanOrEqual(45);
    expect(DURATION_BUCKETS_MS[0]).toBe(30 * SECOND);
    expect(DURATION_BUCKETS_MS[DURATION_BUCKETS_MS.length - 1]).toBe(30 * DAY);
    expect(DURATION_BUCKETS_MS[DURATION_BUCKETS_MS.length - 1]).toBe(MAX_SLA_MINUTES * MINUTE);
    for (let i = 1; i < DURATION_BUCKETS_MS.length; i += 1) {
      expect(DURATION_BUCKETS_MS[i]).toBeGreaterThan(DURATION_BUCKETS_MS[i - 1]);
    }
  });

  it('grows by at most 1.5× per bucket, so estimates are good to a relative error', () => {
    for (let i = 1; i < DURATION_BUCKETS_MS.length; i += 1) {
      expect(DURATION_BUCKETS_MS[i] / DURATION_BUCKETS_MS[i - 1]).toBeLessThanOrEqual(1.5);
    }
  });

  it('has every default SLA target as a boundary, so "within target" is exact', () => {
    const targets = Object.values(DEFAULT_SLA_MINUTES).filter(
      (minutes): minutes is number => minutes !== null,
    );
    expect(targets.length).toBeGreaterThan(0);
    for (const minutes of targets) {
      expect(DURATION_BUCKETS_MS).toContain(minutes * MINUTE);
    }
  });

  it('is whole seconds and frozen: stored rollups depend on it', () => {
    expect(DURATION_BUCKETS_MS.every((ms) => ms % SECOND === 0)).toBe(true);
    expect(Object.isFrozen(DURATION_BUCKETS_MS)).toBe(true);
    expect(DURATION_BUCKET_COUNT).toBe(DURATION_BUCKETS_MS.length + 1);
  });
});

describe('durationBucket', () => {
  it.each([
    [0, 0],
    [29_999, 0],
    [30 * SECOND, 1],
    [39_999, 1],
    [40 * SECOND, 2],
  ])('puts %d ms into bucket %d', (ms, index) => {
    expect(durationBucket(ms)).toBe(index);
  });

  it('puts each boundary into the bucket it starts', () => {
    DURATION_BUCKETS_MS.forEach((boundary, index) => {
      expect(durationBucket(boundary)).toBe(index + 1);
      expect(durationBucket(boundary - 1)).toBe(index);
    });
  });

  it('counts negative durations (clock skew) as zero', () => {
    expect(durationBucket(-5_000)).toBe(0);
  });

  it('sends 30 days and more to the overflow bucket', () => {
    const overflow = DURATION_BUCKET_COUNT - 1;
    expect(durationBucket(30 * DAY)).toBe(overflow);
    expect(durationBucket(365 * DAY)).toBe(overflow);
    expect(durationBucket(Number.POSITIVE_INFINITY)).toBe(overflow);
  });

  it('refuses NaN', () => {
    expect(() => durationBucket(Number.NaN)).toThrow(RangeError);
  });

  it('agrees with the bucket bounds', () => {
    for (let index = 0; index < DURATION_BUCKET_COUNT; index += 1) {
      const { lowerMs, upperMs } = durationBucketBounds(index);
      expect(durationBucket(lowerMs)).toBe(index);
      // The overflow bucket has no upper end: anything above its start stays in it.
      expect(durationBucket((upperMs ?? Number.MAX_SAFE_INTEGER) - 1)).toBe(index);
    }
  });
});

describe('durationBucketBounds', () => {
  it('starts the first bucket at zero and leaves the overflow open', () => {
    expect(durationBucketBounds(0)).toEqual({ lowerMs: 0, upperMs: 30 * SECOND });
    expect(durationBucketBounds(DURATION_BUCKET_COUNT - 1)).toEqual({
      lowerMs: 30 * DAY,
      upperMs: null,
    });
  });

  it.each([-1, 1.5, DURATION_BUCKET_COUNT])('refuses index %p', (index) => {
    expect(() => durationBucketBounds(index)).toThrow(RangeError);
  });
});

describe('building histograms', () => {
  it('starts empty, with a fresh array each time', () => {
    const a = emptyHistogram();
    expect(a).toHaveLength(DURATION_BUCKET_COUNT);
    expect(a.every((count) => count === 0)).toBe(true);
    a[0] = 5;
    expect(emptyHistogram()[0]).toBe(0);
  });

  it('adds durations without changing its input', () => {
    const empty = emptyHistogram();
    const one = addToHistogram(empty, 45 * MINUTE);
    const three = addToHistogram(one, 45 * MINUTE, 2);
    expect(histogramTotal(empty)).toBe(0);
    expect(histogramTotal(one)).toBe(1);
    expect(three[durationBucket(45 * MINUTE)]).toBe(3);
  });

  it('takes durations back out, never below zero', () => {
    const one = addToHistogram(emptyHistogram(), 10 * SECOND);
    expect(histogramTotal(addToHistogram(one, 10 * SECOND, -1))).toBe(0);
    expect(addToHistogram(one, 10 * SECOND, -5)[0]).toBe(0);
  });

  it('builds a histogram from a list', () => {
    const counts = histogramOf([1 * SECOND, 2 * SECOND, 2 * HOUR, 40 * DAY]);
    expect(counts[0]).toBe(2);
    expect(counts[durationBucket(2 * HOUR)]).toBe(1);
    expect(counts[DURATION_BUCKET_COUNT - 1]).toBe(1);
    expect(histogramTotal(counts)).toBe(4);
  });

  it('merges rollup rows by adding bucket by bucket', () => {
    const monday = histogramOf([1 * MINUTE, 5 * MINUTE]);
    const tuesday = histogramOf([5 * MINUTE, 3 * HOUR]);
    expect(mergeHistograms([monday, tuesday])).toEqual(
      histogramOf([1 * MINUTE, 5 * MINUTE, 5 * MINUTE, 3 * HOUR]),
    );
    expect(mergeHistograms([])).toEqual(emptyHistogram());
  });

  it('refuses histograms of the wrong shape', () => {
    expect(() => mergeHistograms([[1, 2, 3]])).toThrow(RangeError);
    expect(() => histogramTotal([...emptyHistogram().slice(1), -1])).toThrow(RangeError);
    expect(() => addToHistogram([0], 1)).toThrow(RangeError);
    const withNaN = emptyHistogram();
    withNaN[3] = Number.NaN;
    expect(() => percentileFromHistogram(withNaN, 50)).toThrow(RangeError);
  });
});

describe('percentileFromHistogram', () => {
  it('is null for an empty histogram', () => {
    expect(percentileFromHistogram(emptyHistogram(), 50)).toBeNull();
  });

  it('refuses percentiles outside 0–100', () => {
    const counts = histogramOf([MINUTE]);
    expect(() => percentileFromHistogram(counts, -1)).toThrow(RangeError);
    expect(() => percentileFromHistogram(counts, 101)).toThrow(RangeError);
    expect(() => percentileFromHistogram(counts, Number.NaN)).toThrow(RangeError);
  });

  it('places a single duration inside its own bucket', () => {
    const counts = histogramOf([17 * MINUTE]);
    for (const p of [0, 25, 50, 90, 100]) {
      const estimate = percentileFromHistogram(counts, p) as number;
      expect(estimate).toBeGreaterThanOrEqual(15 * MINUTE);
      expect(estimate).toBeLessThanOrEqual(20 * MINUTE);
    }
  });

  it('interpolates linearly in the first bucket and geometrically after it', () => {
    const first = histogramOf([1, 2, 3, 4]);
    expect(percentileFromHistogram(first, 50)).toBeCloseTo(15 * SECOND, 6);
    const hour = histogramOf([70 * MINUTE, 80 * MINUTE]);
    // Both in [1 h, 1.5 h): the median is half-way on a log scale.
    expect(percentileFromHistogram(hour, 50)).toBeCloseTo(Math.sqrt(60 * 90) * MINUTE, 3);
  });

  it('grows with p', () => {
    const random = seededRandom(7);
    const counts = histogramOf(
      Array.from({ length: 500 }, () => logNormalSample(random, HOUR, 1.5)),
    );
    let previous = 0;
    for (let p = 0; p <= 100; p += 5) {
      const estimate = percentileFromHistogram(counts, p) as number;
      expect(estimate).toBeGreaterThanOrEqual(previous);
      previous = estimate;
    }
  });

  it('reports 30 days for a percentile in the overflow bucket', () => {
    const counts = histogramOf([40 * DAY, 50 * DAY]);
    expect(percentileFromHistogram(counts, 50)).toBe(30 * DAY);
  });

  it.each([
    [1, 20 * MINUTE, 1.2],
    [2, 3 * HOUR, 1.8],
    [3, 40 * SECOND, 0.8],
    [4, 2 * DAY, 1],
    [5, 5 * MINUTE, 2.5],
  ])(
    'stays within one bucket of the exact p50 and p90 on random data (seed %d)',
    (seed, medianMs, sigma) => {
      const random = seededRandom(seed);
      const durations = Array.from({ length: 2_000 }, () =>
        Math.min(logNormalSample(random, medianMs, sigma), 29 * DAY),
      );
      const counts = histogramOf(durations);
      for (const p of [50, 90]) {
        const exact = exactPercentile(durations, p);
        const estimate = percentileFromHistogram(counts, p) as number;
        const { lowerMs, upperMs } = durationBucketBounds(durationBucket(exact));
        expect(Math.abs(estimate - exact)).toBeLessThanOrEqual((upperMs as number) - lowerMs);
      }
    },
  );

  it('gives the same answer from merged hourly rows as from all durations at once', () => {
    const random = seededRandom(11);
    const durations = Array.from({ length: 1_000 }, () => logNormalSample(random, HOUR, 1.2));
    const hourlyRows = Array.from({ length: 10 }, (_, hour) =>
      histogramOf(durations.slice(hour * 100, hour * 100 + 100)),
    );
    expect(percentileFromHistogram(mergeHistograms(hourlyRows), 90)).toBe(
      percentileFromHistogram(histogramOf(durations), 90),
    );
  });
});

describe('shareWithin', () => {
  it('is exact at a boundary such as the 1-hour SLA', () => {
    const counts = histogramOf([10 * MINUTE, 59 * MINUTE, 60 * MINUTE, 3 * HOUR]);
    expect(shareWithin(counts, HOUR)).toBe(0.5);
    expect(shareWithin(counts, 15 * MINUTE)).toBe(0.25);
  });

  it('interpolates between boundaries and reaches 1 past every duration', () => {
    const counts = histogramOf([70 * MINUTE, 80 * MINUTE]);
    expect(shareWithin(counts, Math.sqrt(60 * 90) * MINUTE)).toBeCloseTo(0.5, 6);
    expect(shareWithin(counts, 2 * HOUR)).toBe(1);
    expect(shareWithin(counts, 0)).toBe(0);
  });

  it('is null for an empty histogram', () => {
    expect(shareWithin(emptyHistogram(), HOUR)).toBeNull();
  });
});
