import {
  binomialUpperTail,
  logGamma,
  median,
  medianAbsoluteDeviation,
  poissonUpperTail,
  trimmedMean,
} from './stats';

/** P(X ≥ k) by summing the probability mass function directly, for checking. */
function directPoissonTail(k: number, lambda: number): number {
  let below = 0;
  let term = Math.exp(-lambda);
  for (let i = 0; i < k; i += 1) {
    below += term;
    term *= lambda / (i + 1);
  }
  return 1 - below;
}

function directBinomialTail(k: number, n: number, p: number): number {
  let sum = 0;
  for (let i = k; i <= n; i += 1) {
    let choose = 1;
    for (let j = 1; j <= i; j += 1) {
      choose = (choose * (n - i + j)) / j;
    }
    sum += choose * p ** i * (1 - p) ** (n - i);
  }
  return sum;
}

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('trimmedMean', () => {
  it('drops the given fraction at each end before averaging', () => {
    expect(trimmedMean([1, 2, 3, 4, 100], 0.2)).toBe(3);
    expect(trimmedMean([5, 6, 7, 7, 7, 7, 8, 9], 0.2)).toBe(7);
    expect(trimmedMean([1, 2, 3], 0)).toBe(2);
    expect(trimmedMean([], 0.2)).toBeNaN();
  });

  it('ignores a short storm in the baseline', () => {
    const baseline = [6, 7, 8, 7, 6, 7, 8, 7, 6, 60];
    expect(trimmedMean(baseline, 0.2)).toBe(7);
  });

  it('refuses a fraction of a half or more', () => {
    expect(() => trimmedMean([1, 2], 0.5)).toThrow(RangeError);
    expect(() => trimmedMean([1, 2], -0.1)).toThrow(RangeError);
  });
});

describe('medianAbsoluteDeviation', () => {
  it('is the median distance from the median', () => {
    expect(medianAbsoluteDeviation([1, 1, 2, 2, 4, 6, 9])).toBe(1);
    expect(medianAbsoluteDeviation([5, 5, 5])).toBe(0);
  });
});

describe('logGamma', () => {
  it('matches log factorials', () => {
    let factorial = 1;
    for (let n = 1; n <= 20; n += 1) {
      factorial *= n;
      expect(logGamma(n + 1)).toBeCloseTo(Math.log(factorial), 9);
    }
  });

  it('matches Γ(1/2) = √π and works below 1/2', () => {
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
    expect(logGamma(0.25)).toBeCloseTo(Math.log(3.625609908221908), 10);
  });
});

describe('poissonUpperTail', () => {
  it.each([
    [0, 3],
    [1, 1],
    [3, 2.5],
    [7, 7],
    [12, 4],
    [25, 10],
    [5, 40],
  ])('P(X ≥ %d) for λ = %d matches the direct sum', (k, lambda) => {
    expect(poissonUpperTail(k, lambda)).toBeCloseTo(directPoissonTail(k, lambda), 12);
  });

  it('keeps tiny tails precise', () => {
    // P(X ≥ 42 | λ = 7): far below what 1 − (lower tail) could express.
    const tail = poissonUpperTail(42, 7);
    expect(tail).toBeGreaterThan(0);
    expect(tail).toBeLessThan(1e-15);
    const firstTerm = Math.exp(-7 + 42 * Math.log(7) - logGamma(43));
    expect(tail).toBeGreaterThan(firstTerm);
    expect(tail).toBeLessThan(firstTerm * 1.25);
  });

  it('handles the edges', () => {
    expect(poissonUpperTail(0, 0)).toBe(1);
    expect(poissonUpperTail(1, 0)).toBe(0);
    expect(poissonUpperTail(1, 1)).toBeCloseTo(1 - Math.exp(-1), 14);
    expect(() => poissonUpperTail(-1, 1)).toThrow(RangeError);
    expect(() => poissonUpperTail(1, -1)).toThrow(RangeError);
    expect(() => poissonUpperTail(1, Number.NaN)).toThrow(RangeError);
  });
});

describe('binomialUpperTail', () => {
  it.each([
    [0, 10, 0.3],
    [3, 10, 0.3],
    [21, 30, 0.15],
    [5, 20, 0.5],
    [15, 20, 0.5],
    [2, 40, 0.01],
  ])('P(X ≥ %d) for n = %d, p = %d matches the direct sum', (k, n, p) => {
    const expected = directBinomialTail(k, n, p);
    expect(relativeDifference(binomialUpperTail(k, n, p), expected)).toBeLessThan(1e-9);
  });

  it('handles the edges', () => {
    expect(binomialUpperTail(0, 0, 0.5)).toBe(1);
    expect(binomialUpperTail(1, 0, 0.5)).toBe(0);
    expect(binomialUpperTail(11, 10, 0.5)).toBe(0);
    expect(binomialUpperTail(3, 10, 0)).toBe(0);
    expect(binomialUpperTail(3, 10, 1)).toBe(1);
    expect(binomialUpperTail(10, 10, 0.5)).toBeCloseTo(2 ** -10, 15);
    expect(() => binomialUpperTail(1, 10, 1.5)).toThrow(RangeError);
  });
});

/** Relative difference, with an absolute floor for values near zero. */
function relativeDifference(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-300);
}
