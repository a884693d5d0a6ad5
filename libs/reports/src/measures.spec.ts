import { SENTIMENT_LABELS, type SentimentLabel } from '@bedside/domain';

import { changeVsPrevious, fillSeries, shares, slaCompliance } from './measures';
import { bucketsBetween } from './periods';
import { seededRandom } from './testing/random';

describe('shares', () => {
  it('adds up to 100 where plain rounding would not', () => {
    expect(shares([1, 1, 1])).toEqual([34, 33, 33]);
    expect(shares([1, 1, 1, 1, 1, 1])).toEqual([17, 17, 17, 17, 16, 16]);
    expect(shares([2, 2, 1])).toEqual([40, 40, 20]);
  });

  it('gives the missing points to the largest remainders', () => {
    // Exact: 66.66…, 16.66…, 16.66… → floors 66, 16, 16, remainders all 0.66: the larger count
    // wins the tie, then the earlier entry.
    expect(shares([4, 1, 1])).toEqual([67, 17, 16]);
    // Exact: 14.7, 35.3, 50 → floors 14, 35, 50 (99): the 0.7 remainder gets the point.
    expect(shares([147, 353, 500])).toEqual([15, 35, 50]);
  });

  it('shares fractional counts too', () => {
    expect(shares([0.5, 0.5])).toEqual([50, 50]);
    expect(shares([2.5, 7.5])).toEqual([25, 75]);
  });

  it('keeps a zero count at zero', () => {
    expect(shares([0, 1, 2])).toEqual([0, 33, 67]);
  });

  it('works on records, such as counts per sentiment', () => {
    const counts: Record<SentimentLabel, number> = { negative: 12, neutral: 30, positive: 8 };
    const result = shares(counts);
    expect(result).toEqual({ negative: 24, neutral: 60, positive: 16 });
    expect(Object.keys(result)).toEqual([...SENTIMENT_LABELS]);
  });

  it('rounds to decimals when asked', () => {
    expect(shares([1, 2], 1)).toEqual([33.3, 66.7]);
    expect(shares([1, 1, 1], 2)).toEqual([33.34, 33.33, 33.33]);
  });

  it('is all zeros when there is nothing to share', () => {
    expect(shares([0, 0, 0])).toEqual([0, 0, 0]);
    expect(shares([])).toEqual([]);
    expect(shares({ a: 0 })).toEqual({ a: 0 });
  });

  it('always adds up to exactly 100 on random counts', () => {
    const random = seededRandom(5);
    for (let round = 0; round < 200; round += 1) {
      const counts = Array.from({ length: 1 + Math.floor(random() * 8) }, () =>
        Math.floor(random() * 1000),
      );
      if (counts.every((count) => count === 0)) {
        continue;
      }
      const result = shares(counts);
      expect(result.reduce((sum, value) => sum + value, 0)).toBe(100);
      const total = counts.reduce((sum, count) => sum + count, 0);
      result.forEach((value, index) => {
        expect(Math.abs(value - (counts[index] / total) * 100)).toBeLessThan(1);
      });
    }
  });

  it('refuses negative counts and bad decimals', () => {
    expect(() => shares([1, -1])).toThrow(RangeError);
    expect(() => shares([1, Number.NaN])).toThrow(RangeError);
    expect(() => shares([1], 1.5)).toThrow(RangeError);
    expect(() => shares([1], 7)).toThrow(RangeError);
  });
});

describe('changeVsPrevious', () => {
  it.each([
    [56, 50, { delta: 6, percent: 12 }],
    [40, 50, { delta: -10, percent: -20 }],
    [50, 50, { delta: 0, percent: 0 }],
    [1, 3, { delta: -2, percent: -66.7 }],
    [10, 0, { delta: 10, percent: null }],
    [0, 0, { delta: 0, percent: 0 }],
    [0.75, 0.5, { delta: 0.25, percent: 50 }],
  ])('%d vs %d is %j', (current, previous, expected) => {
    expect(changeVsPrevious(current, previous)).toEqual(expected);
  });

  it('refuses non-finite values', () => {
    expect(() => changeVsPrevious(Number.NaN, 1)).toThrow(RangeError);
    expect(() => changeVsPrevious(1, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('slaCompliance', () => {
  it('is the share handled within target', () => {
    expect(slaCompliance({ withinTarget: 45, late: 5 })).toBe(0.9);
    expect(slaCompliance({ withinTarget: 0, late: 3 })).toBe(0);
    expect(slaCompliance({ withinTarget: 3, late: 0 })).toBe(1);
  });

  it('is null without any item that had a target', () => {
    expect(slaCompliance({ withinTarget: 0, late: 0 })).toBeNull();
  });

  it('refuses negative counts', () => {
    expect(() => slaCompliance({ withinTarget: -1, late: 0 })).toThrow(RangeError);
    expect(() => slaCompliance({ withinTarget: 1, late: Number.NaN })).toThrow(RangeError);
  });
});

describe('fillSeries', () => {
  const buckets = bucketsBetween(
    new Date('2026-11-23T10:00Z'),
    new Date('2026-11-23T14:00Z'),
    'hour',
  );

  it('fills missing buckets with zeros, in bucket order', () => {
    expect(
      fillSeries(buckets, [
        { bucket: '2026-11-23T13:00:00.000Z', value: 4 },
        { bucket: '2026-11-23T11:00:00.000Z', value: 2 },
      ]),
    ).toEqual([
      { bucket: '2026-11-23T10:00:00.000Z', value: 0 },
      { bucket: '2026-11-23T11:00:00.000Z', value: 2 },
      { bucket: '2026-11-23T12:00:00.000Z', value: 0 },
      { bucket: '2026-11-23T13:00:00.000Z', value: 4 },
    ]);
  });

  it('matches points by instant, whatever their format', () => {
    const series = fillSeries(buckets, [
      { bucket: new Date('2026-11-23T10:00Z'), value: 1 },
      { bucket: '2026-11-23T11', value: 2 },
      { bucket: '2026-11-23 12:00:00', value: 3 },
      { bucket: '2026-11-23T15:00:00+02:00', value: 4 },
    ]);
    expect(series.map((point) => point.value)).toEqual([1, 2, 3, 4]);
  });

  it('adds up several rows of the same bucket (one per channel)', () => {
    const series = fillSeries(buckets, [
      { bucket: '2026-11-23T12', value: 3 },
      { bucket: '2026-11-23T12', value: 5 },
    ]);
    expect(series[2]).toEqual({ bucket: '2026-11-23T12:00:00.000Z', value: 8 });
  });

  it('fills day buckets from day keys', () => {
    const days = bucketsBetween(
      new Date('2026-11-20T00:00Z'),
      new Date('2026-11-23T00:00Z'),
      'day',
    );
    const series = fillSeries(days, [{ bucket: '2026-11-21', value: 7 }]);
    expect(series.map((point) => point.value)).toEqual([0, 7, 0]);
  });

  it('ignores points outside the buckets', () => {
    const series = fillSeries(buckets, [{ bucket: '2026-11-22T12', value: 9 }]);
    expect(series.every((point) => point.value === 0)).toBe(true);
  });

  it('is empty without buckets', () => {
    expect(fillSeries([], [{ bucket: '2026-11-22T12', value: 9 }])).toEqual([]);
  });

  it('refuses unreadable buckets and values', () => {
    expect(() => fillSeries(buckets, [{ bucket: 'yesterday', value: 1 }])).toThrow(RangeError);
    expect(() => fillSeries(buckets, [{ bucket: buckets[0], value: Number.NaN }])).toThrow(
      RangeError,
    );
  });
});
