import { combineHashes, hashString } from './hash';
import { BOUNDARY_TOKEN, isWordToken } from './tokenize';

const SEED_WORD = 0x1001;
const SEED_NEGATED_WORD = 0x2002;
const SEED_PAIR = 0x3003;
const SEED_CHARS = 0x4004;
const START_HASH = hashString('<s>', SEED_WORD);
const END_HASH = hashString('</s>', SEED_WORD);

/**
 * Character n-grams are 3- and 4-grams: 5-grams added little accuracy for a quarter more
 * features, and every feature costs a table lookup per model output.
 */
const MAX_CHAR_GRAM = 4;

/** Shorter words ("i", "my", "is") get no character n-grams: their word feature says it all. */
const MIN_CHAR_GRAM_WORD = 3;

/** Longest word prefix that gets character n-grams: bounds the cost of junk "words". */
const MAX_CHAR_GRAM_WORD = 24;

const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'nobody',
  'nothing',
  'none',
  'nor',
  'neither',
  'without',
  'cannot',
  'dont',
  'cant',
  'wont',
  'didnt',
  'doesnt',
  'isnt',
  'wasnt',
  'arent',
  'werent',
  'havent',
  'hasnt',
  'shouldnt',
  'wouldnt',
  'couldnt',
  'aint',
  'nunca',
  'nadie',
  'nada',
  'ni',
  'sin',
]);

/**
 * The feature id of a plain word, as `featurize` emits it outside negation scopes. Used to explain
 * which words drove a model's decision.
 *
 * @example hashWord('thank') === featurize(['thank'])[0] // -> true
 */
export function hashWord(token: string): number {
  return hashString(token, SEED_WORD);
}

/**
 * `hashWord` of every token, computed once per comment and shared by feature extraction and
 * the explanations.
 *
 * @example hashWords(['thank', 'you']) // -> [hashWord('thank'), hashWord('you')]
 */
export function hashWords(tokens: readonly string[]): number[] {
  return tokens.map(hashWord);
}

/** Words after a negator that stay marked as negated, unless clause punctuation comes first. */
const NEGATION_SCOPE = 3;

/**
 * True for "not", "never", "didn't", "no" and friends (English and Spanish).
 *
 * @example isNegator("didn't") // -> true
 */
export function isNegator(token: string): boolean {
  return NEGATORS.has(token) || token.endsWith("n't");
}

/**
 * Turns tokens into hashed feature ids shared by every model: words (marked when inside a
 * negation scope, as in "not good"), adjacent word pairs including sentence start and end, and
 * character 3- and 4-grams of each word, which carry misspellings, inflections and Spanish. A
 * model reads the low bits of each id, so models of different sizes share one extraction pass.
 *
 * @example featurize(['not', 'good']) // -> [hash('not'), hash('NOT:good'), pair hashes..., char grams...]
 */
export function featurize(
  tokens: readonly string[],
  wordHashes: readonly number[] = hashWords(tokens),
): number[] {
  const features: number[] = [];
  let previous = START_HASH;
  let negationLeft = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (token === BOUNDARY_TOKEN) {
      negationLeft = 0;
      if (previous !== START_HASH) {
        features.push(combineHashes(previous, END_HASH, SEED_PAIR));
      }
      previous = START_HASH;
      continue;
    }
    const plain = wordHashes[index];
    features.push(negationLeft > 0 ? hashString(token, SEED_NEGATED_WORD) : plain);
    features.push(combineHashes(previous, plain, SEED_PAIR));
    previous = plain;
    if (isNegator(token)) {
      negationLeft = NEGATION_SCOPE;
    } else if (negationLeft > 0) {
      negationLeft--;
    }
    if (token.length >= MIN_CHAR_GRAM_WORD && isWordToken(token)) {
      const grams = charGramsOf(token);
      for (let gram = 0; gram < grams.length; gram++) {
        features.push(grams[gram]);
      }
    }
  }
  if (previous !== START_HASH) {
    features.push(combineHashes(previous, END_HASH, SEED_PAIR));
  }
  return features;
}

/**
 * Character n-gram hashes of recently seen words. Word frequencies are steep (a few hundred words
 * make up most of any comment), so most words are hashed once instead of once per comment; the
 * cache is emptied when full, which bounds its memory and never changes a result.
 */
const CHAR_GRAMS = new Map<string, readonly number[]>();
const MAX_CACHED_WORDS = 20_000;

function charGramsOf(word: string): readonly number[] {
  let grams = CHAR_GRAMS.get(word);
  if (grams === undefined) {
    const computed: number[] = [];
    pushCharGrams(word, computed);
    if (CHAR_GRAMS.size >= MAX_CACHED_WORDS) {
      CHAR_GRAMS.clear();
    }
    CHAR_GRAMS.set(word, computed);
    grams = computed;
  }
  return grams;
}

function pushCharGrams(word: string, features: number[]): void {
  const length = Math.min(word.length, MAX_CHAR_GRAM_WORD);
  // Positions -1 and `length` stand for the word boundaries so prefixes and suffixes differ.
  for (let start = -1; start < length - 1; start++) {
    let hash = (0x811c9dc5 ^ SEED_CHARS) >>> 0;
    for (let offset = 0; offset < MAX_CHAR_GRAM; offset++) {
      const position = start + offset;
      if (position > length) {
        break;
      }
      const code = position < 0 || position === length ? 2 : word.charCodeAt(position);
      hash ^= code;
      hash = Math.imul(hash, 0x01000193);
      if (offset >= 2) {
        // A cheap avalanche is enough here: the inputs are already FNV states.
        let mixed = Math.imul(hash ^ (offset << 24), 0x9e3779b1);
        mixed ^= mixed >>> 15;
        features.push(mixed >>> 0);
      }
    }
  }
}
