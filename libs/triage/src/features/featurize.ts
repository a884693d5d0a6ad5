import { combineHashes, hashString } from './hash';
import type { FusedLinearModels } from './linear-model';
import { BOUNDARY_TOKEN } from './tokenize';
import { addWordWeights, SEED_WORD, type Word, wordOf } from './words';

export { hashWord, isNegator } from './words';

const SEED_PAIR = 0x3003;
const START_HASH = hashString('<s>', SEED_WORD);
const END_HASH = hashString('</s>', SEED_WORD);

/**
 * `hashWord` of every token, computed once per comment and shared by feature extraction and
 * the explanations.
 *
 * @example hashWords(['thank', 'you']) // -> [hashWord('thank'), hashWord('you')]
 */
export function hashWords(tokens: readonly string[]): number[] {
  return tokens.map((token) => wordOf(token).hash);
}

/** Words after a negator that stay marked as negated, unless clause punctuation comes first. */
const NEGATION_SCOPE = 3;

/**
 * Turns tokens into hashed feature ids shared by every model: words (marked when inside a
 * negation scope, as in "not good"), adjacent word pairs including sentence start and end, and
 * character 3- and 4-grams of each word, which carry misspellings, inflections and Spanish. A
 * model reads the low bits of each id, so models of different sizes share one extraction pass.
 *
 * @example featurize(['not', 'good']) // -> [hash('not'), hash('NOT:good'), pair hashes..., char grams...]
 */
export function featurize(tokens: readonly string[]): number[] {
  const features: number[] = [];
  walkFeatures(tokens.map(wordOf), features, null);
  return features;
}

/**
 * How many features `featurize` gives a comment's words, and the sums `sumFused` would give for
 * them, without listing the features: a word's own features (word and character n-grams) are
 * summed once per distinct word and kept with it (`addWordWeights`), so only the word pairs cost a
 * table row each.
 *
 * @example sumWordFeatures(tokens.map(wordOf), fused).totals // -> sumFused(fused, featurize(tokens))
 */
export function sumWordFeatures(
  words: readonly Word[],
  fused: FusedLinearModels,
): { count: number; totals: Int32Array } {
  const totals = new Int32Array(fused.width);
  const pairs: PairRows = { starts: pairStartsBuffer, count: 0 };
  const count = walkFeatures(words, null, { fused, totals, pairs });
  addRows(totals, fused, pairs.starts, pairs.count);
  return { count, totals };
}

/** Where each word pair's row of fused weights starts, collected to be summed in one pass. */
interface PairRows {
  starts: Int32Array;
  count: number;
}

/** Reused: the rows are summed before `sumWordFeatures` returns. Grown when a comment needs it. */
let pairStartsBuffer = new Int32Array(256);

/**
 * Sums rows of fused weights four outputs at a time: the rows are scattered over a table larger
 * than the CPU caches, and a tight loop lets the CPU fetch many of them at once.
 */
function addRows(
  totals: Int32Array,
  fused: FusedLinearModels,
  starts: Int32Array,
  count: number,
): void {
  const { weights, width } = fused;
  for (let output = 0; output < width; output += 4) {
    let first = 0;
    let second = 0;
    let third = 0;
    let fourth = 0;
    for (let index = 0; index < count; index++) {
      const base = starts[index] + output;
      first += weights[base];
      second += weights[base + 1];
      third += weights[base + 2];
      fourth += weights[base + 3];
    }
    totals[output] += first;
    totals[output + 1] += second;
    totals[output + 2] += third;
    totals[output + 3] += fourth;
  }
}

/**
 * The one walk over words behind `featurize` and `sumWordFeatures`: lists the features into
 * `features` and/or adds their weights to `sums.totals`, and returns how many there are.
 */
function walkFeatures(
  words: readonly Word[],
  features: number[] | null,
  sums: { fused: FusedLinearModels; totals: Int32Array; pairs: PairRows } | null,
): number {
  let count = 0;
  let previous = START_HASH;
  let negationLeft = 0;
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    if (word.token === BOUNDARY_TOKEN) {
      negationLeft = 0;
      if (previous !== START_HASH) {
        count += addPair(features, sums, combineHashes(previous, END_HASH, SEED_PAIR));
      }
      previous = START_HASH;
      continue;
    }
    const plain = word.hash;
    const isNegated = negationLeft > 0;
    const grams = word.grams;
    if (features !== null) {
      features.push(isNegated ? word.negatedHash : plain);
    }
    count += 1 + grams.length;
    count += addPair(features, sums, combineHashes(previous, plain, SEED_PAIR));
    previous = plain;
    if (word.isNegator) {
      negationLeft = NEGATION_SCOPE;
    } else if (negationLeft > 0) {
      negationLeft--;
    }
    if (features !== null) {
      for (let gram = 0; gram < grams.length; gram++) {
        features.push(grams[gram]);
      }
    }
    if (sums !== null) {
      addWordWeights(sums.totals, word, sums.fused, isNegated);
    }
  }
  if (previous !== START_HASH) {
    count += addPair(features, sums, combineHashes(previous, END_HASH, SEED_PAIR));
  }
  return count;
}

function addPair(
  features: number[] | null,
  sums: { fused: FusedLinearModels; pairs: PairRows } | null,
  pair: number,
): number {
  if (features !== null) {
    features.push(pair);
  }
  if (sums !== null) {
    const { fused, pairs } = sums;
    if (pairs.count === pairs.starts.length) {
      const grown = new Int32Array(pairs.starts.length * 2);
      grown.set(pairs.starts);
      pairs.starts = grown;
      pairStartsBuffer = grown;
    }
    pairs.starts[pairs.count++] = (pair & fused.mask) * fused.width;
  }
  return 1;
}
