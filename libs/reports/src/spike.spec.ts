import {
  DEFAULT_NEGATIVE_SHARE_SETTINGS,
  DEFAULT_SPIKE_SETTINGS,
  detectSpike,
  MIN_BASELINE_HOURS,
  negativeShareSpike,
  resolveSpikeSettings,
  seasonalBaseline,
  validateSpikeSettings,
} from './spike';
import { poissonSample, seededRandom } from './testing/random';

const HOURS_PER_DAY = 24;
const WEEK = 7 * HOURS_PER_DAY;

/**
 * The hourly rate of a hospital page: about one comment an hour at night, rising to about ten in
 * the afternoon.
 */
function dailyRhythm(hour: number): number {
  const hourOfDay = hour % HOURS_PER_DAY;
  return 1 + 9 * Math.max(0, Math.sin(((hourOfDay - 6) / 18) * Math.PI));
}

/** Hourly counts with the daily rhythm and Poisson noise, times `boost(hour)`. */
function hourlySeries(seed: number, hours: number, boost: (hour: number) => number = () => 1) {
  const random = seededRandom(seed);
  return Array.from({ length: hours }, (_, hour) =>
    poissonSample(random, dailyRhythm(hour) * boost(hour)),
  );
}

describe('detectSpike', () => {
  it.each([1, 2, 3, 4, 5, 6])(
    'raises nothing in any hour of a quiet week with a daily rhythm (seed %d)',
    (seed) => {
      const series = hourlySeries(seed, 2 * WEEK);
      const alerts: string[] = [];
      for (let hour = WEEK; hour < series.length; hour += 1) {
        const result = detectSpike({
          current: series[hour],
          baseline: seasonalBaseline(series, hour),
        });
        if (result.spike) {
          alerts.push(`hour ${hour}: ${result.reason}`);
        }
      }
      expect(alerts).toEqual([]);
    },
  );

  it('catches a storm (8× for 3 hours) in its first hour, and every hour of it', () => {
    const stormStart = WEEK + 24 + 11;
    const inStorm = (hour: number): boolean => hour >= stormStart && hour < stormStart + 3;
    const series = hourlySeries(42, WEEK + 48, (hour) => (inStorm(hour) ? 8 : 1));
    const check = (hour: number) =>
      detectSpike({ current: series[hour], baseline: seasonalBaseline(series, hour) });

    expect(check(stormStart - 1).spike).toBe(false);
    const first = check(stormStart);
    expect(first.spike).toBe(true);
    expect(first.ratio).toBeGreaterThan(5);
    expect(first.reason).toMatch(/^\d+ comments in the last hour, \d+\.\d× the usual \d+$/);
    expect(check(stormStart + 1).spike).toBe(true);
    expect(check(stormStart + 2).spike).toBe(true);
    expect(check(stormStart + 3).spike).toBe(false);
  });

  it('still catches the next storm when an earlier one is in the baseline', () => {
    const storms = [WEEK + 13, WEEK + 24 + 13];
    const series = hourlySeries(9, WEEK + 40, (hour) => (storms.includes(hour) ? 8 : 1));
    const second = detectSpike({
      current: series[storms[1]],
      baseline: seasonalBaseline(series, storms[1]),
    });
    expect(second.spike).toBe(true);
  });

  it('catches a storm on a page without a rhythm against the previous 24 hours', () => {
    const random = seededRandom(3);
    const series = Array.from({ length: 48 }, (_, hour) =>
      poissonSample(random, hour === 40 ? 48 : 6),
    );
    const result = detectSpike({ current: series[40], baseline: series.slice(16, 40) });
    expect(result.spike).toBe(true);
  });

  it('gives a short human reason', () => {
    const result = detectSpike({ current: 42, baseline: [7, 6, 8, 7, 9, 5, 7, 7] });
    expect(result).toMatchObject({ spike: true, expected: 7, ratio: 6 });
    expect(result.reason).toBe('42 comments in the last hour, 6.0× the usual 7');
    expect(result.score).toBeGreaterThan(10);
    expect(result.pValue).toBeLessThan(1e-12);
  });

  it('does not call 3 → 9 comments on a small page a spike (minimum count)', () => {
    const result = detectSpike({ current: 9, baseline: [3, 2, 4, 3, 3, 2, 4, 3, 3, 2, 3, 4] });
    expect(result.spike).toBe(false);
    expect(result.ratio).toBeCloseTo(3, 0);
    expect(result.reason).toBe(
      '9 comments in the last hour, 3.0× the usual 3: below the 10 needed for a spike',
    );
  });

  it('does not call a night-time rise from 0 to 4 a spike', () => {
    const night = new Array<number>(21).fill(0);
    expect(detectSpike({ current: 4, baseline: night }).spike).toBe(false);
    // Not even when a manager lowers the minimum count: the increase is too small.
    const lenient = { ...DEFAULT_SPIKE_SETTINGS, minCount: 2 };
    const result = detectSpike({ current: 4, baseline: night }, lenient);
    expect(result.spike).toBe(false);
    expect(result.reason).toBe(
      '4 comments in the last hour, where there are usually none: within the normal range',
    );
  });

  it('calls a clear jump from nothing a spike', () => {
    const result = detectSpike({ current: 12, baseline: new Array<number>(8).fill(0) });
    expect(result).toMatchObject({ spike: true, expected: 0, ratio: null });
    expect(result.reason).toBe('12 comments in the last hour, where there are usually none');
  });

  it('applies the multiplier a manager sets', () => {
    const steady = new Array<number>(8).fill(10);
    const strict = detectSpike({ current: 25, baseline: steady });
    expect(strict.spike).toBe(false);
    expect(strict.reason).toBe(
      '25 comments in the last hour, 2.5× the usual 10: within the normal range',
    );
    const sensitive = detectSpike(
      { current: 25, baseline: steady },
      { ...DEFAULT_SPIKE_SETTINGS, multiplier: 2 },
    );
    expect(sensitive.spike).toBe(true);
  });

  it('applies the minimum increase a manager sets', () => {
    const baseline = new Array<number>(8).fill(5);
    expect(detectSpike({ current: 20, baseline }).spike).toBe(true);
    const settings = { ...DEFAULT_SPIKE_SETTINGS, minIncrease: 20 };
    expect(detectSpike({ current: 20, baseline }, settings).spike).toBe(false);
  });

  it('asks a channel whose volume always swings widely for a bigger jump', () => {
    const swinging = [0, 20, 0, 20, 0, 20, 0, 20, 0, 20];
    const result = detectSpike({ current: 35, baseline: swinging });
    expect(result.expected).toBe(10);
    expect(result.ratio).toBe(3.5);
    expect(result.spike).toBe(false);
    expect(detectSpike({ current: 70, baseline: swinging }).spike).toBe(true);
  });

  it('gives no verdict without enough history', () => {
    const result = detectSpike({ current: 80, baseline: [1, 2, 1] });
    expect(MIN_BASELINE_HOURS).toBeGreaterThan(3);
    expect(result.spike).toBe(false);
    expect(result.expected).toBeNull();
    expect(result.ratio).toBeNull();
    expect(result.reason).toBe(
      '80 comments in the last hour: not enough history yet to tell what is usual',
    );
  });

  it('names what it counts', () => {
    const result = detectSpike(
      { current: 1, baseline: new Array<number>(8).fill(1) },
      DEFAULT_SPIKE_SETTINGS,
      { noun: { one: 'negative comment', other: 'negative comments' }, window: 'since 14:00' },
    );
    expect(result.reason).toBe(
      '1 negative comment since 14:00, 1.0× the usual 1: below the 10 needed for a spike',
    );
  });

  it('refuses invalid counts and settings', () => {
    const baseline = new Array<number>(8).fill(1);
    expect(() => detectSpike({ current: -1, baseline })).toThrow(RangeError);
    expect(() => detectSpike({ current: 1, baseline: [...baseline, Number.NaN] })).toThrow(
      RangeError,
    );
    expect(() =>
      detectSpike({ current: 1, baseline }, { ...DEFAULT_SPIKE_SETTINGS, multiplier: 1 }),
    ).toThrow(RangeError);
  });
});

describe('negativeShareSpike', () => {
  const usual = { negative: 75, total: 500 };

  it('catches the negative share jumping from 15 % to 70 % over 30 comments', () => {
    const result = negativeShareSpike({ current: { negative: 21, total: 30 }, baseline: usual });
    expect(result.spike).toBe(true);
    expect(result.share).toBeCloseTo(0.7, 10);
    expect(result.expectedShare).toBeCloseTo(0.15, 10);
    expect(result.pValue).toBeLessThan(1e-8);
    expect(result.reason).toBe(
      '21 of 30 comments in the last hour were negative (70%), up from the usual 15%',
    );
  });

  it('needs a minimum number of comments', () => {
    const result = negativeShareSpike({ current: { negative: 5, total: 5 }, baseline: usual });
    expect(result.spike).toBe(false);
    expect(result.reason).toBe(
      '5 of 5 comments in the last hour were negative (100%) against the usual 15%: too few comments to call a spike (20 needed)',
    );
  });

  it('ignores a small rise in the share', () => {
    const result = negativeShareSpike({ current: { negative: 25, total: 100 }, baseline: usual });
    expect(result.spike).toBe(false);
    expect(result.reason).toContain('within the normal range');
  });

  it('ignores a rise that chance explains', () => {
    // 60 % of 20 against a usual 30 %: twice the share, 30 points up, but 1 chance in 200.
    const result = negativeShareSpike({
      current: { negative: 12, total: 20 },
      baseline: { negative: 150, total: 500 },
    });
    expect(result.pValue).toBeGreaterThan(1e-3);
    expect(result.spike).toBe(false);
  });

  it('does not treat one complaint after a spotless history as a spike', () => {
    const result = negativeShareSpike({
      current: { negative: 1, total: 25 },
      baseline: { negative: 0, total: 500 },
    });
    expect(result.spike).toBe(false);
    expect(result.reason.startsWith('1 of 25 comments in the last hour was negative (4%)')).toBe(
      true,
    );
  });

  it('gives no verdict without enough history', () => {
    const result = negativeShareSpike({
      current: { negative: 21, total: 30 },
      baseline: { negative: 0, total: 0 },
    });
    expect(result).toMatchObject({ spike: false, expectedShare: null });
    expect(result.reason).toContain('not enough history');
  });

  it('uses the settings a manager sets', () => {
    const input = { current: { negative: 21, total: 30 }, baseline: usual };
    const settings = { ...DEFAULT_NEGATIVE_SHARE_SETTINGS, minCount: 50 };
    expect(negativeShareSpike(input, settings).spike).toBe(false);
    expect(
      negativeShareSpike(input, { ...settings, minCount: 20, minShareIncrease: 0.6 }).spike,
    ).toBe(false);
  });

  it('refuses impossible counts and settings', () => {
    expect(() =>
      negativeShareSpike({ current: { negative: 31, total: 30 }, baseline: usual }),
    ).toThrow(RangeError);
    expect(() =>
      negativeShareSpike(
        { current: { negative: 1, total: 30 }, baseline: usual },
        { ...DEFAULT_NEGATIVE_SHARE_SETTINGS, minShareIncrease: 20 },
      ),
    ).toThrow(RangeError);
  });
});

describe('validateSpikeSettings', () => {
  it('accepts the defaults, partial settings and sensible values', () => {
    expect(validateSpikeSettings(DEFAULT_SPIKE_SETTINGS)).toEqual([]);
    expect(validateSpikeSettings({})).toEqual([]);
    expect(validateSpikeSettings({ multiplier: 2.5, minCount: 25, minIncrease: 15 })).toEqual([]);
  });

  it.each([
    [{ multiplier: 1 }, 'multiplier'],
    [{ multiplier: 51 }, 'multiplier'],
    [{ multiplier: '3' }, 'multiplier'],
    [{ minCount: 0 }, 'minimum count'],
    [{ minCount: 2.5 }, 'minimum count'],
    [{ minIncrease: -1 }, 'minimum increase'],
    [{ minIncrease: Number.POSITIVE_INFINITY }, 'minimum increase'],
    [{ threshold: 3 }, 'Unknown spike setting "threshold"'],
    [{ toString: 3 }, 'Unknown spike setting "toString"'],
    [null, 'must be an object'],
    [[3, 10, 8], 'must be an object'],
    ['3', 'must be an object'],
  ])('refuses %j', (value, message) => {
    const problems = validateSpikeSettings(value);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });

  it('lists every problem', () => {
    expect(validateSpikeSettings({ multiplier: 0, minCount: 0, minIncrease: 0 })).toHaveLength(3);
  });
});

describe('resolveSpikeSettings', () => {
  it('fills missing settings with the defaults', () => {
    expect(resolveSpikeSettings()).toEqual({ multiplier: 3, minCount: 10, minIncrease: 8 });
    expect(resolveSpikeSettings({ multiplier: 4 })).toEqual({
      multiplier: 4,
      minCount: 10,
      minIncrease: 8,
    });
  });

  it('throws the problems of invalid settings', () => {
    expect(() => resolveSpikeSettings({ minCount: -2 })).toThrow('minimum count');
  });

  it('keeps the defaults frozen', () => {
    expect(Object.isFrozen(DEFAULT_SPIKE_SETTINGS)).toBe(true);
  });
});

describe('seasonalBaseline', () => {
  const series = Array.from({ length: 8 * HOURS_PER_DAY }, (_, hour) => hour);

  it('takes the same hour, give or take one, on each previous day', () => {
    expect(seasonalBaseline(series, WEEK + 5, { days: 2 })).toEqual([148, 149, 150, 124, 125, 126]);
    expect(seasonalBaseline(series, WEEK + 5, { days: 1, window: 0 })).toEqual([149]);
  });

  it('takes up to a week of comparable hours by default', () => {
    expect(seasonalBaseline(series, WEEK + 5)).toHaveLength(21);
    expect(seasonalBaseline(series, WEEK)).toHaveLength(20);
  });

  it('takes what there is at the start of a series', () => {
    expect(seasonalBaseline(series, 30)).toEqual([5, 6, 7]);
    expect(seasonalBaseline(series, 23)).toEqual([0]);
    expect(seasonalBaseline(series, 3)).toEqual([]);
  });

  it('refuses an index outside the series', () => {
    expect(() => seasonalBaseline(series, series.length)).toThrow(RangeError);
    expect(() => seasonalBaseline(series, -1)).toThrow(RangeError);
  });
});
