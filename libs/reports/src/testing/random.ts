/**
 * Seeded random numbers for the specs (not exported from the library): the statistical specs
 * must fail or pass the same way on every run.
 */

/** A small, fast seeded generator (mulberry32): uniform numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Poisson count with mean `lambda` (Knuth's method: fine for the small rates here). */
export function poissonSample(random: () => number, lambda: number): number {
  const limit = Math.exp(-lambda);
  let count = 0;
  let product = random();
  while (product > limit) {
    count += 1;
    product *= random();
  }
  return count;
}

/** A log-normal sample: durations such as first-response times are roughly log-normal. */
export function logNormalSample(random: () => number, medianValue: number, sigma: number): number {
  // Box–Muller; 1 - random() avoids log(0).
  const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return medianValue * Math.exp(sigma * normal);
}

/** The exact `p`th percentile (0–100) of values, with the same rank rule as the histogram. */
export function exactPercentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}
