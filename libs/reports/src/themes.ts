import { isReportableTerm } from './terms';

/**
 * "Top themes" and "rising themes": what people are talking about, and what they are talking
 * about more than before.
 *
 * Raw counts make a poor "rising" list: a term seen twice after never being seen has an infinite
 * growth rate, and a busy week lifts every term. So terms are compared by their share of the
 * period's comments (a busier week does not make everything rise), the shares are smoothed (one
 * extra mention on each side, so 2 vs 0 is "3×" rather than "infinitely" more), and the log of the
 * ratio is weighted by the square root of the mentions, so the list prefers a clear change with
 * support ("parking", 40 mentions up from 5) over noise (a term seen twice).
 *
 * A phrase and its words are counted separately, so "wait" and "wait time" would both top the
 * list; when nearly every mention of a word comes with a phrase, only the phrase is shown.
 *
 * The `minCount` floor also protects privacy: a name that escaped PHI detection is unlikely to be
 * mentioned by several comments, so it stays below the floor.
 */

export interface ThemeOptions {
  /** How many themes to return (default 10). */
  limit?: number;
  /** Leave out terms with fewer mentions in the current period (default 3). */
  minCount?: number;
}

export interface TopTheme {
  term: string;
  /** Comments in the period that mention the term. */
  count: number;
  /** `count` as a fraction (0–1) of the period's comments. */
  share: number;
}

export interface RisingTheme extends TopTheme {
  /** Comments in the previous period that mention the term. */
  previousCount: number;
  /**
   * Percent change of the term's share vs the previous period (+250 means 3.5× as common), one
   * decimal; null when the term was not mentioned before (new).
   */
  change: number | null;
  /** The ranking score: smoothed log-ratio of the shares × √count. Positive for rising terms. */
  score: number;
}

export interface ThemeCounts {
  /** Mentions per term in the current period (each comment counts a term once). */
  current: ReadonlyMap<string, number>;
  /** Comments in the current period. */
  currentTotal: number;
}

export interface ThemeComparison extends ThemeCounts {
  /** Mentions per term in the previous period. */
  previous: ReadonlyMap<string, number>;
  /** Comments in the previous period. */
  previousTotal: number;
}

export const DEFAULT_THEME_LIMIT = 10;
export const DEFAULT_MIN_THEME_COUNT = 3;
/** Mentions added to both periods before comparing shares. */
const SMOOTHING = 1;
/** A word is hidden when a phrase containing it has at least this fraction of its mentions. */
const PHRASE_COVERAGE = 0.8;

/**
 * The themes of a period by mentions, most first: for a period with nothing to compare with
 * (the first week of a new channel, or a report without a previous period).
 *
 * @example topThemes({ current: counts, currentTotal: 420 }, { limit: 5 })
 */
export function topThemes(counts: ThemeCounts, options: ThemeOptions = {}): TopTheme[] {
  const { limit, minCount } = themeOptions(options);
  assertTotal(counts.currentTotal, 'currentTotal');
  return candidates(counts.current, minCount)
    .map(([term, count]) => ({ term, count, share: shareOf(count, counts.currentTotal) }))
    .sort((a, b) => b.count - a.count || compareTerms(a.term, b.term))
    .slice(0, limit);
}

/**
 * The themes that grew most from the previous period to this one, best first (see the module
 * comment for the score). Only terms whose share grew are returned; with no comments in the
 * previous period nothing can be said to rise, and the list is empty (use `topThemes`).
 *
 * @example risingThemes({ current, previous, currentTotal: 400, previousTotal: 380 }, { limit: 5 })
 *   // [{ term: 'parking', count: 40, previousCount: 5, share: 0.1, change: 660, score: 12.2 }, …]
 */
export function risingThemes(counts: ThemeComparison, options: ThemeOptions = {}): RisingTheme[] {
  const { limit, minCount } = themeOptions(options);
  const { current, previous, currentTotal, previousTotal } = counts;
  assertTotal(currentTotal, 'currentTotal');
  assertTotal(previousTotal, 'previousTotal');
  if (previousTotal === 0) {
    return [];
  }
  const themes: RisingTheme[] = [];
  for (const [term, count] of candidates(current, minCount)) {
    const previousCount = countOf(previous, term);
    const logRatio =
      Math.log((count + SMOOTHING) / (currentTotal + SMOOTHING)) -
      Math.log((previousCount + SMOOTHING) / (previousTotal + SMOOTHING));
    if (logRatio <= 0) {
      continue;
    }
    const share = shareOf(count, currentTotal);
    const previousShare = shareOf(previousCount, previousTotal);
    themes.push({
      term,
      count,
      previousCount,
      share,
      change: previousCount > 0 ? round1((share / previousShare - 1) * 100) : null,
      score: logRatio * Math.sqrt(count),
    });
  }
  return themes
    .sort((a, b) => b.score - a.score || b.count - a.count || compareTerms(a.term, b.term))
    .slice(0, limit);
}

/**
 * The terms worth listing: reportable, mentioned at least `minCount` times, and not a word whose
 * mentions nearly all come with a phrase that is listed too.
 */
function candidates(counts: ReadonlyMap<string, number>, minCount: number): [string, number][] {
  const kept = new Map<string, number>();
  for (const [term, count] of counts) {
    if (!Number.isFinite(count) || count < 0) {
      throw new RangeError(`The count of a term must be a non-negative number.`);
    }
    if (count >= minCount && isReportableTerm(term)) {
      kept.set(term, count);
    }
  }
  const covered = new Set<string>();
  for (const [term, count] of kept) {
    const words = term.split(' ');
    if (words.length !== 2) {
      continue;
    }
    for (const word of words) {
      const wordCount = kept.get(word);
      if (wordCount !== undefined && count >= wordCount * PHRASE_COVERAGE) {
        covered.add(word);
      }
    }
  }
  return [...kept].filter(([term]) => !covered.has(term));
}

function themeOptions(options: ThemeOptions): { limit: number; minCount: number } {
  const limit = options.limit ?? DEFAULT_THEME_LIMIT;
  const minCount = options.minCount ?? DEFAULT_MIN_THEME_COUNT;
  if (!Number.isInteger(limit) || limit < 0) {
    throw new RangeError('limit must be a whole number of at least 0.');
  }
  if (!Number.isInteger(minCount) || minCount < 1) {
    throw new RangeError('minCount must be a whole number of at least 1.');
  }
  return { limit, minCount };
}

function assertTotal(total: number, name: string): void {
  if (!Number.isFinite(total) || total < 0) {
    throw new RangeError(`${name} must be a non-negative number.`);
  }
}

function countOf(counts: ReadonlyMap<string, number>, term: string): number {
  const count = counts.get(term) ?? 0;
  return Number.isFinite(count) && count > 0 ? count : 0;
}

function shareOf(count: number, total: number): number {
  return total > 0 ? Math.min(1, count / total) : 0;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** Plain code-unit order: the same on every machine, unlike `localeCompare`. */
function compareTerms(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
