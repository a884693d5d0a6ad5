import {
  binomialUpperTail,
  MAD_SCALE,
  medianAbsoluteDeviation,
  poissonUpperTail,
  trimmedMean,
} from './stats';

/**
 * The storm detector. A background job runs it every hour, per channel and for negative
 * sentiment, and alerts the team when a post goes viral or a complaint snowballs.
 *
 * An alert that cries wolf gets muted, so a spike needs every one of these:
 * - enough volume (`minCount`): on a small page 3 → 9 comments is a good day, not a storm;
 * - a big jump relative to the usual (`multiplier`) and in absolute terms (`minIncrease`), so a
 *   night going from 0 to 4 comments stays quiet;
 * - statistical surprise: the count is unlikely under a Poisson model of the usual rate and far
 *   above it on a robust (MAD) scale, so a channel whose volume always swings widely needs a
 *   bigger jump than a steady one.
 *
 * "The usual" is a robust centre of the baseline (a 20 % trimmed mean), so last Tuesday's storm
 * does not hide this Tuesday's. The baseline must hold comparable hours: `seasonalBaseline` takes
 * the same hours of day from the previous week. A plain window of the previous 24 hours mixes
 * nights with days, so on a page with a strong daily rhythm a busy lunchtime would look like a
 * storm; use it only for metrics without a rhythm.
 */

/** What a manager can tune. */
export interface SpikeSettings {
  /** The count must be at least this many times the usual. */
  multiplier: number;
  /** The count must be at least this. */
  minCount: number;
  /** The count must exceed the usual by at least this. */
  minIncrease: number;
}

export const DEFAULT_SPIKE_SETTINGS: Readonly<SpikeSettings> = Object.freeze({
  multiplier: 3,
  minCount: 10,
  minIncrease: 8,
});

export interface SpikeInput {
  /** The count in the hour being checked. */
  current: number;
  /** Counts of the same metric in comparable past hours. */
  baseline: readonly number[];
}

export interface SpikeOptions {
  /** What is counted, for the reason: singular and plural (default comment / comments). */
  noun?: { one: string; other: string };
  /** The window, for the reason (default "in the last hour"). */
  window?: string;
}

export interface SpikeResult {
  spike: boolean;
  /** The usual count: a robust centre of the baseline; null without enough history. */
  expected: number | null;
  /** `current / expected`; null when nothing is usual (expected 0) or there is no baseline. */
  ratio: number | null;
  /** How many robust standard deviations the count is above the usual. */
  score: number;
  /** P(count ≥ current) if the usual rate held (Poisson). */
  pValue: number;
  /** A short sentence for the alert, e.g. "42 comments in the last hour, 6.1× the usual 7". */
  reason: string;
}

const SPIKE_SETTING_KEYS: readonly string[] = Object.keys(DEFAULT_SPIKE_SETTINGS);

/** Fewer comparable hours than this give no verdict: one quiet hour is not "the usual". */
export const MIN_BASELINE_HOURS = 6;
/** Share of the baseline trimmed at each end before averaging. */
const TRIM_FRACTION = 0.2;
/** The usual rate is at least this, so after a silent history one comment is no miracle. */
const MIN_EXPECTED_RATE = 0.5;
/** How many robust standard deviations above the usual a spike must be. */
const MIN_SCORE = 3.5;
/** How unlikely under the usual rate a spike must be. */
const MAX_P_VALUE = 0.0001;

const DEFAULT_NOUN = { one: 'comment', other: 'comments' };
const DEFAULT_WINDOW = 'in the last hour';

/**
 * Whether `current` is a spike against `baseline` (see the module comment for the rules).
 *
 * @example detectSpike({ current: 42, baseline: [7, 6, 8, 7, 9, 5, 7] })
 *   // { spike: true, expected: 7, ratio: 6, …,
 *   //   reason: '42 comments in the last hour, 6.0× the usual 7' }
 */
export function detectSpike(
  input: SpikeInput,
  settings: Readonly<SpikeSettings> = DEFAULT_SPIKE_SETTINGS,
  options: SpikeOptions = {},
): SpikeResult {
  assertSettings(settings);
  const { current, baseline } = input;
  assertCount(current, 'current');
  baseline.forEach((count) => assertCount(count, 'baseline'));
  const noun = options.noun ?? DEFAULT_NOUN;
  const window = options.window ?? DEFAULT_WINDOW;
  const what = `${formatCount(current)} ${current === 1 ? noun.one : noun.other} ${window}`;

  if (baseline.length < MIN_BASELINE_HOURS) {
    return {
      spike: false,
      expected: null,
      ratio: null,
      score: 0,
      pValue: 1,
      reason: `${what}: not enough history yet to tell what is usual`,
    };
  }

  const expected = trimmedMean(baseline, TRIM_FRACTION);
  const rate = Math.max(expected, MIN_EXPECTED_RATE);
  const spread = Math.max(MAD_SCALE * medianAbsoluteDeviation(baseline), Math.sqrt(rate));
  const score = (current - expected) / spread;
  const pValue = poissonUpperTail(current, rate);
  const ratio = expected > 0 ? current / expected : null;
  const spike =
    current >= settings.minCount &&
    current >= expected * settings.multiplier &&
    current - expected >= settings.minIncrease &&
    score >= MIN_SCORE &&
    pValue <= MAX_P_VALUE;

  const usual = describeUsual(expected, ratio);
  let reason: string;
  if (spike) {
    reason = `${what}, ${usual}`;
  } else if (current < settings.minCount) {
    reason = `${what}, ${usual}: below the ${formatCount(settings.minCount)} needed for a spike`;
  } else {
    reason = `${what}, ${usual}: within the normal range`;
  }
  return { spike, expected, ratio, score, pValue, reason };
}

/** What a manager can tune for the negative-share alert. */
export interface NegativeShareSettings {
  /** Comments needed in the window (and in the baseline) before a share means anything. */
  minCount: number;
  /** The share must be at least this many times the usual share. */
  multiplier: number;
  /** The share must exceed the usual share by at least this (0–1: 0.2 is 20 points). */
  minShareIncrease: number;
}

export const DEFAULT_NEGATIVE_SHARE_SETTINGS: Readonly<NegativeShareSettings> = Object.freeze({
  minCount: 20,
  multiplier: 2,
  minShareIncrease: 0.2,
});

export interface ShareCounts {
  /** Negative comments. */
  negative: number;
  /** All comments with a sentiment. */
  total: number;
}

export interface NegativeShareResult {
  spike: boolean;
  /** The share of negative comments now (0–1; 0 without comments). */
  share: number;
  /** The usual share (0–1), null without a baseline. */
  expectedShare: number | null;
  /** Standard errors above the usual share (binomial). */
  score: number;
  /** P(at least this many negative comments) if the usual share held (binomial). */
  pValue: number;
  /** A short sentence for the alert. */
  reason: string;
}

/**
 * Whether the share of negative comments jumped: a storm of complaints can come without more
 * comments than usual. `baseline` sums the comparable past window (e.g. the previous 7 days).
 * The share must clear the multiplier and the increase, both windows must hold `minCount`
 * comments, and the jump must be unlikely under the usual share (smoothed by one negative and
 * one other comment, so a spotless history does not make one complaint an alarm).
 *
 * @example negativeShareSpike({
 *   current: { negative: 21, total: 30 },
 *   baseline: { negative: 75, total: 500 },
 * }) // { spike: true, reason: '21 of 30 comments in the last hour were negative (70%),
 *    //   up from the usual 15%', … }
 */
export function negativeShareSpike(
  input: { current: ShareCounts; baseline: ShareCounts },
  settings: Readonly<NegativeShareSettings> = DEFAULT_NEGATIVE_SHARE_SETTINGS,
  options: Pick<SpikeOptions, 'window'> = {},
): NegativeShareResult {
  assertNegativeShareSettings(settings);
  const { current, baseline } = input;
  assertShareCounts(current, 'current');
  assertShareCounts(baseline, 'baseline');
  const window = options.window ?? DEFAULT_WINDOW;
  const share = current.total > 0 ? current.negative / current.total : 0;
  const what =
    `${formatCount(current.negative)} of ${formatCount(current.total)} ` +
    `${current.total === 1 ? 'comment' : 'comments'} ${window} ` +
    `${current.negative === 1 ? 'was' : 'were'} negative (${formatPercent(share)})`;

  if (baseline.total < settings.minCount) {
    return {
      spike: false,
      share,
      expectedShare: baseline.total > 0 ? baseline.negative / baseline.total : null,
      score: 0,
      pValue: 1,
      reason: `${what}: not enough history yet to tell what is usual`,
    };
  }
  const expectedShare = baseline.negative / baseline.total;
  const prior = (baseline.negative + 1) / (baseline.total + 2);
  const pValue = binomialUpperTail(current.negative, current.total, prior);
  const score =
    current.total > 0 ? (share - prior) / Math.sqrt((prior * (1 - prior)) / current.total) : 0;
  const spike =
    current.total >= settings.minCount &&
    share >= expectedShare * settings.multiplier &&
    share - expectedShare >= settings.minShareIncrease &&
    pValue <= MAX_P_VALUE;

  const usual = `the usual ${formatPercent(expectedShare)}`;
  let reason: string;
  if (spike) {
    reason = `${what}, up from ${usual}`;
  } else if (current.total < settings.minCount) {
    reason = `${what} against ${usual}: too few comments to call a spike (${formatCount(settings.minCount)} needed)`;
  } else {
    reason = `${what} against ${usual}: within the normal range`;
  }
  return { spike, share, expectedShare, score, pValue, reason };
}

/**
 * Problems with spike settings a manager entered (empty when they are fine): the multiplier
 * from 1.5 to 50, the minimum count and increase whole numbers from 1 to 100,000. Keys left out
 * keep their defaults; unknown keys are refused so a typo is not silently ignored.
 */
export function validateSpikeSettings(value: unknown): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return ['Spike settings must be an object.'];
  }
  const record = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(record)) {
    if (!SPIKE_SETTING_KEYS.includes(key)) {
      problems.push(`Unknown spike setting "${key}".`);
    }
  }
  const { multiplier, minCount, minIncrease } = record;
  if (multiplier !== undefined && !isNumberIn(multiplier, 1.5, 50)) {
    problems.push('The multiplier must be a number from 1.5 to 50.');
  }
  if (minCount !== undefined && !isWholeNumberIn(minCount, 1, 100_000)) {
    problems.push('The minimum count must be a whole number from 1 to 100,000.');
  }
  if (minIncrease !== undefined && !isWholeNumberIn(minIncrease, 1, 100_000)) {
    problems.push('The minimum increase must be a whole number from 1 to 100,000.');
  }
  return problems;
}

/**
 * Complete spike settings from what a manager saved: missing keys take the defaults. Throws a
 * `RangeError` listing the problems when `validateSpikeSettings` finds any.
 */
export function resolveSpikeSettings(value: unknown = {}): SpikeSettings {
  const problems = validateSpikeSettings(value);
  if (problems.length > 0) {
    throw new RangeError(problems.join(' '));
  }
  return { ...DEFAULT_SPIKE_SETTINGS, ...(value as Partial<SpikeSettings>) };
}

/**
 * Comparable past hours for the hour at `index` of an hourly series: the same hour of day, give
 * or take `window` hours, on each of the previous `days` days. This follows the daily rhythm, so
 * the lunchtime rush is compared with other lunchtimes, not with the night.
 *
 * @example seasonalBaseline(hourlyCounts, hourlyCounts.length - 1) // up to 7 × 3 = 21 counts
 */
export function seasonalBaseline(
  hourly: readonly number[],
  index: number,
  options: { days?: number; window?: number } = {},
): number[] {
  const days = options.days ?? 7;
  const window = options.window ?? 1;
  assertIndex(hourly, index);
  const baseline: number[] = [];
  for (let day = 1; day <= days; day += 1) {
    for (let offset = -window; offset <= window; offset += 1) {
      const at = index - day * 24 + offset;
      if (at >= 0 && at < index) {
        baseline.push(hourly[at]);
      }
    }
  }
  return baseline;
}

function describeUsual(expected: number, ratio: number | null): string {
  const rounded = Math.round(expected);
  if (rounded === 0 || ratio === null) {
    return expected === 0 ? 'where there are usually none' : 'where there is usually less than 1';
  }
  return `${ratio.toFixed(1)}× the usual ${formatCount(rounded)}`;
}

function formatCount(count: number): string {
  return Number.isInteger(count) ? count.toLocaleString('en-US') : count.toFixed(1);
}

function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function isNumberIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}

function isWholeNumberIn(value: unknown, min: number, max: number): value is number {
  return isNumberIn(value, min, max) && Number.isInteger(value);
}

function assertSettings(settings: Readonly<SpikeSettings>): void {
  const problems = validateSpikeSettings(settings);
  if (problems.length > 0) {
    throw new RangeError(problems.join(' '));
  }
}

function assertNegativeShareSettings(settings: Readonly<NegativeShareSettings>): void {
  const { minCount, multiplier, minShareIncrease } = settings;
  if (
    !isWholeNumberIn(minCount, 1, 100_000) ||
    !isNumberIn(multiplier, 1, 50) ||
    !isNumberIn(minShareIncrease, 0, 1)
  ) {
    throw new RangeError(
      'Negative-share settings need a whole minimum count from 1 to 100,000, a multiplier from 1 to 50 and a share increase from 0 to 1.',
    );
  }
}

function assertCount(value: number, name: string): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`${name} counts must be non-negative numbers.`);
  }
}

function assertShareCounts(counts: ShareCounts, name: string): void {
  assertCount(counts.negative, name);
  assertCount(counts.total, name);
  if (counts.negative > counts.total) {
    throw new RangeError(`${name}: more negative comments than comments.`);
  }
}

function assertIndex(hourly: readonly number[], index: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= hourly.length) {
    throw new RangeError('The index must point into the hourly series.');
  }
}
