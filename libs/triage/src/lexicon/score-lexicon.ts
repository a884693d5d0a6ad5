import { BOUNDARY_TOKEN } from '../features/tokenize';
import { type Word, wordOf } from '../features/words';

/** Word valences on VADER's -4..4 scale. */
export type Valences = ReadonlyMap<string, number>;

/** One lexicon word that moved the score, for explanations. */
export interface LexiconCue {
  token: string;
  value: number;
}

export interface LexiconScore {
  /** VADER-style normalised sum in [-1, 1]. */
  compound: number;
  /** Sum of positive contributions (>= 0). */
  positive: number;
  /** Sum of negative contributions as a positive number (>= 0). */
  negative: number;
  /**
   * Sum of the valences after the last "but"/"pero"/"however" (0 without one): in "the nurses
   * were great but billing was a nightmare" the clause after the turn carries the verdict.
   */
  afterContrast: number;
  cues: LexiconCue[];
}

const NEGATED_FACTOR = -0.74;
const NORMALISER = 15;
/** Words after which a negator does not flip sentiment ("not only great but..."). */
const NEGATION_LOOKBACK = 3;

/**
 * A lexicon score in the manner of VADER (Hutto & Gilbert 2014): sums word valences, flips and
 * damps words under negation ("not good"), strengthens words after boosters ("so rude"), and
 * weights what follows "but" over what precedes it. It gives the learned sentiment model a prior
 * that does not depend on the training tweets, and gives the UI words to show.
 *
 * @example scoreLexicon(['not', 'helpful', 'at', 'all'], valences).compound // -> about -0.3
 */
export function scoreLexicon(tokens: readonly string[], valences: Valences): LexiconScore {
  return scoreWords(tokens.map(wordOf), valences);
}

/**
 * `scoreLexicon` of a comment's words (boosters, contrast words and negators are facts of each
 * `Word`; see `sentiment-extras.ts`).
 *
 * @example scoreWords(['not', 'helpful'].map(wordOf), valences).compound // -> below 0
 */
export function scoreWords(words: readonly Word[], valences: Valences): LexiconScore {
  const contributions: (LexiconCue & { index: number })[] = [];
  let contrastAt = -1;
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    if (word.isContrast) {
      contrastAt = index;
      continue;
    }
    const base = word.valenceIn(valences);
    if (base === undefined) {
      continue;
    }
    let value = base;
    const boost = index > 0 ? words[index - 1].boost : undefined;
    if (boost !== undefined) {
      value += Math.sign(value) * boost;
    }
    if (isNegatedAt(words, index)) {
      value *= NEGATED_FACTOR;
    }
    contributions.push({ token: word.token, value, index });
  }
  let sum = 0;
  let positive = 0;
  let negative = 0;
  let afterContrast = 0;
  for (const contribution of contributions) {
    if (contrastAt >= 0) {
      if (contribution.index > contrastAt) {
        afterContrast += contribution.value;
      }
      contribution.value *= contribution.index < contrastAt ? 0.5 : 1.5;
    }
    sum += contribution.value;
    if (contribution.value > 0) {
      positive += contribution.value;
    } else {
      negative -= contribution.value;
    }
  }
  const exclamations = countExclamations(words);
  if (sum !== 0) {
    sum += Math.sign(sum) * Math.min(exclamations, 4) * 0.292;
  }
  const compound = sum / Math.sqrt(sum * sum + NORMALISER);
  const cues =
    contributions.length > 1
      ? contributions.sort((left, right) => Math.abs(right.value) - Math.abs(left.value))
      : contributions;
  return { compound, positive, negative, afterContrast, cues };
}

function isNegatedAt(words: readonly Word[], index: number): boolean {
  for (let back = 1; back <= NEGATION_LOOKBACK && index - back >= 0; back++) {
    const word = words[index - back];
    if (word.token === BOUNDARY_TOKEN) {
      return false;
    }
    if (word.isNegator) {
      return true;
    }
  }
  return false;
}

function countExclamations(words: readonly Word[]): number {
  let count = 0;
  for (const { token } of words) {
    if (token === '!') {
      count++;
    } else if (token === '!!') {
      count += 2;
    }
  }
  return count;
}

/**
 * Parses the stored word list (`word<TAB>valence` lines) and adds the hand-written extras.
 *
 * @example parseValences('good\t1.9\nbad\t-2.5', {}).get('bad') // -> -2.5
 */
export function parseValences(
  entries: string,
  extras: Readonly<Record<string, number>>,
): Map<string, number> {
  const valences = new Map<string, number>();
  for (const line of entries.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) {
      valences.set(line.slice(0, tab), Number(line.slice(tab + 1)));
    }
  }
  for (const [word, value] of Object.entries(extras)) {
    valences.set(word, value);
  }
  return valences;
}
