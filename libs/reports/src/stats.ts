/**
 * The few statistics the spike detector needs, written out rather than taken from a dependency so
 * the library stays small and runs in the browser: robust centres and spreads (a past storm in
 * the baseline must not raise the bar for the next one) and exact upper-tail probabilities of
 * counts (how surprising 40 comments are when 7 are usual).
 */

/** Scales the median absolute deviation to the standard deviation of normal data. */
export const MAD_SCALE = 1.4826;

/** The median of the values; NaN for an empty list. */
export function median(values: readonly number[]): number {
  if (values.length === 0) {
    return Number.NaN;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The mean after dropping `fraction` of the values at each end (rounded down): as robust as the
 * median to a few outliers, but smoother on small counts (the median of 0, 0, 1, 1, 1 is 1).
 */
export function trimmedMean(values: readonly number[], fraction: number): number {
  if (values.length === 0) {
    return Number.NaN;
  }
  if (!(fraction >= 0 && fraction < 0.5)) {
    throw new RangeError('The trimmed fraction must be at least 0 and below 0.5.');
  }
  const sorted = [...values].sort((a, b) => a - b);
  const cut = Math.floor(sorted.length * fraction);
  const kept = sorted.slice(cut, sorted.length - cut);
  return kept.reduce((sum, value) => sum + value, 0) / kept.length;
}

/** The median absolute deviation from the median (unscaled); NaN for an empty list. */
export function medianAbsoluteDeviation(values: readonly number[]): number {
  const centre = median(values);
  return median(values.map((value) => Math.abs(value - centre)));
}

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos approximation, about 15 significant digits). */
export function logGamma(x: number): number {
  if (x < 0.5) {
    // Reflection formula.
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  }
  const z = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i += 1) {
    sum += LANCZOS[i] / (z + i);
  }
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/**
 * P(X ≥ k) for X ~ Poisson(λ). Sums the tail away from the mode, so the terms only shrink and
 * tiny probabilities keep their precision.
 */
export function poissonUpperTail(k: number, lambda: number): number {
  assertCount(k);
  if (!(lambda >= 0) || !Number.isFinite(lambda)) {
    throw new RangeError('λ must be a non-negative number.');
  }
  const kk = Math.ceil(k);
  if (kk <= 0) {
    return 1;
  }
  if (lambda === 0) {
    return 0;
  }
  const logPmf = (i: number): number => -lambda + i * Math.log(lambda) - logGamma(i + 1);
  if (kk > lambda) {
    return sumDecreasing(logPmf(kk), kk, (i) => lambda / (i + 1), Number.POSITIVE_INFINITY);
  }
  // The upper tail holds the mode: 1 − P(X ≤ k − 1), summed downwards from k − 1.
  return clamp01(1 - sumDecreasing(logPmf(kk - 1), kk - 1, (i) => i / lambda, 0, -1));
}

/** P(X ≥ k) for X ~ Binomial(n, p), summed away from the mode like `poissonUpperTail`. */
export function binomialUpperTail(k: number, n: number, p: number): number {
  assertCount(k);
  assertCount(n);
  if (!(p >= 0 && p <= 1)) {
    throw new RangeError('p must be a probability from 0 to 1.');
  }
  const kk = Math.ceil(k);
  if (kk <= 0) {
    return 1;
  }
  if (kk > n || p === 0) {
    return 0;
  }
  if (p === 1) {
    return 1;
  }
  const logPmf = (i: number): number =>
    logGamma(n + 1) -
    logGamma(i + 1) -
    logGamma(n - i + 1) +
    i * Math.log(p) +
    (n - i) * Math.log(1 - p);
  const odds = p / (1 - p);
  if (kk > n * p) {
    return clamp01(sumDecreasing(logPmf(kk), kk, (i) => ((n - i) / (i + 1)) * odds, n));
  }
  return clamp01(1 - sumDecreasing(logPmf(kk - 1), kk - 1, (i) => i / (n - i + 1) / odds, 0, -1));
}

/**
 * Σ pmf(i) from `start` towards `limit` (inclusive) in steps of `direction`, where
 * pmf(i + direction) = pmf(i) × ratio(i), stopping once the terms no longer matter.
 */
function sumDecreasing(
  logFirst: number,
  start: number,
  ratio: (i: number) => number,
  limit: number,
  direction: 1 | -1 = 1,
): number {
  let term = Math.exp(logFirst);
  let sum = 0;
  for (let i = start; direction === 1 ? i <= limit : i >= limit; i += direction) {
    sum += term;
    if (term === 0 || term < sum * 1e-17) {
      break;
    }
    term *= ratio(i);
  }
  return sum;
}

function assertCount(value: number): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError('A count must be a non-negative number.');
  }
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
