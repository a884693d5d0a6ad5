import { ENGLISH_WORDS, SPANISH_WORDS } from '../lexicon/language-words';
import { BOOSTERS, CONTRAST_WORDS } from '../lexicon/sentiment-extras';
import { hashString } from './hash';
import type { FusedLinearModels } from './linear-model';
import { isWordToken } from './tokenize';

export const SEED_WORD = 0x1001;
const SEED_NEGATED_WORD = 0x2002;
const SEED_CHARS = 0x4004;

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

// Maps, not the records: a comment may contain any word, including "constructor".
const BOOSTER_MAP: ReadonlyMap<string, number> = new Map(Object.entries(BOOSTERS));
const CONTRASTS: ReadonlySet<string> = new Set(CONTRAST_WORDS);
const SPANISH: ReadonlySet<string> = new Set(SPANISH_WORDS);
const ENGLISH: ReadonlySet<string> = new Set(ENGLISH_WORDS);

/** Function words and placeholders explain nothing to a reader. */
const UNINFORMATIVE = new Set(
  `the a an and or but of for to in on at by with from is was are were be been it its this that
  my our your his her their me you we he she they i im i'm so just very de la el en y que los las
  un una por con mi es no`.split(/\s+/),
);

/**
 * False for function words, placeholders and short words, which explain nothing to a reader.
 *
 * @example isExplainable('thank') // -> true; isExplainable('the') // -> false
 */
export function isExplainable(token: string): boolean {
  if (UNINFORMATIVE.has(token)) {
    return false;
  }
  // Words of three letters or more, and emoji (which are not word tokens and not placeholders).
  return isWordToken(token) ? token.length >= 3 : token.charCodeAt(0) >= 0x2000;
}

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
 * True for "not", "never", "didn't", "no" and friends (English and Spanish).
 *
 * @example isNegator("didn't") // -> true
 */
export function isNegator(token: string): boolean {
  return NEGATORS.has(token) || token.endsWith("n't");
}

/**
 * Everything about a token that does not depend on where it occurs, worked out once per distinct
 * token rather than once per occurrence: its feature hashes and character n-grams, and the word
 * lists it is on. Word frequencies are steep (a few hundred words make up most of any comment), so
 * almost every token of a comment is found here with one lookup instead of a dozen.
 *
 * A word also keeps a few values that depend on the models (its weights, its valence), each with
 * the models it was computed for, so that passing other models (cross-validation) stays correct.
 */
export class Word {
  readonly hash: number;
  /** Character 3- and 4-gram feature ids; empty for short words and non-words. */
  readonly grams: readonly number[];
  readonly isNegator: boolean;
  /** "but", "pero", "however", ...: what follows outweighs what precedes. */
  readonly isContrast: boolean;
  /** How much this word strengthens (or weakens) the sentiment word after it, if it does. */
  readonly boost: number | undefined;
  readonly isSpanish: boolean;
  readonly isEnglish: boolean;
  /** Made of letters (`isWordToken`). */
  readonly isWord: boolean;
  /** Worth showing as a reason (`isExplainable`). */
  readonly isExplainable: boolean;

  /** Where this word's weight sums sit in the shared weight arrays (see `addWordWeights`). */
  readonly slot: number;
  /** The cache generation the slot belongs to; slots of earlier generations are reused. */
  readonly generation: number;

  private negated = -1;
  private valencesSeen: ReadonlyMap<string, number> | null = null;
  private valenceSeen: number | undefined = undefined;

  constructor(
    readonly token: string,
    slot = -1,
    generation = -1,
  ) {
    this.hash = hashString(token, SEED_WORD);
    this.isWord = isWordToken(token);
    this.grams = token.length >= MIN_CHAR_GRAM_WORD && this.isWord ? charGrams(token) : [];
    this.isNegator = isNegator(token);
    this.isContrast = CONTRASTS.has(token);
    this.boost = BOOSTER_MAP.get(token);
    this.isSpanish = SPANISH.has(token);
    this.isEnglish = ENGLISH.has(token);
    this.isExplainable = isExplainable(token);
    this.slot = slot;
    this.generation = generation;
  }

  /** The feature id of this word inside a negation scope ("not [good]"). */
  get negatedHash(): number {
    if (this.negated < 0) {
      this.negated = hashString(this.token, SEED_NEGATED_WORD);
    }
    return this.negated;
  }

  /** The word's valence in `valences` (a model's word list), if it has one. */
  valenceIn(valences: ReadonlyMap<string, number>): number | undefined {
    if (this.valencesSeen !== valences) {
      this.valencesSeen = valences;
      this.valenceSeen = valences.get(this.token);
    }
    return this.valenceSeen;
  }
}

/**
 * Per-word sums of fused weights, for one set of fused models, in shared arrays indexed by
 * `Word.slot`: a word's own features (the word and its character n-grams) are summed once, not
 * once per comment, and a comment's words are read from one array rather than from two objects
 * each, which matters because the weight table is larger than the CPU caches.
 */
const shared = {
  fused: null as FusedLinearModels | null,
  width: 0,
  /** `[slot * width + output]`: the word feature and n-grams, outside a negation scope. */
  plain: new Int32Array(0),
  /** The same with the negated word feature. */
  negated: new Int32Array(0),
  /** The word feature's own row (what the explanations read). */
  rows: new Int8Array(0),
  /** Per slot: 1 when `plain` and `rows` are filled, 2 when `negated` is too. */
  filled: new Uint8Array(0),
};

/**
 * Adds the fused weights of `word`'s own features (the word, negated or not, and its character
 * n-grams) to `totals`.
 *
 * @example addWordWeights(totals, wordOf('good'), models.sparse, false)
 */
export function addWordWeights(
  totals: Int32Array,
  word: Word,
  fused: FusedLinearModels,
  isNegated: boolean,
): void {
  const width = fused.width;
  const slot = slotOf(word, fused);
  if (slot < 0) {
    addRow(
      totals,
      fused.weights,
      ((isNegated ? word.negatedHash : word.hash) & fused.mask) * width,
      width,
    );
    for (const gram of word.grams) {
      addRow(totals, fused.weights, (gram & fused.mask) * width, width);
    }
    return;
  }
  if (isNegated && shared.filled[slot] < 2) {
    const start = slot * width;
    shared.negated.fill(0, start, start + width);
    sumOwnFeatures(shared.negated, start, word, word.negatedHash, fused);
    shared.filled[slot] = 2;
  }
  const source = isNegated ? shared.negated : shared.plain;
  const start = slot * width;
  for (let output = 0; output < width; output++) {
    totals[output] += source[start + output];
  }
}

/**
 * The fused weight of `word`'s plain word feature for one column (a model's output).
 *
 * @example wordWeight(wordOf('thank'), models.sparse, models.sparse.offsets[0] + 2)
 */
export function wordWeight(word: Word, fused: FusedLinearModels, column: number): number {
  const slot = slotOf(word, fused);
  return slot < 0
    ? fused.weights[(word.hash & fused.mask) * fused.width + column]
    : shared.rows[slot * fused.width + column];
}

/** The word's slot with its sums for `fused` filled in, or -1 when it has none (an old word). */
function slotOf(word: Word, fused: FusedLinearModels): number {
  if (word.generation !== generation) {
    return -1;
  }
  if (shared.fused !== fused) {
    useFused(fused);
  }
  const slot = word.slot;
  if (shared.filled[slot] === 0) {
    const width = fused.width;
    const start = slot * width;
    shared.plain.fill(0, start, start + width);
    sumOwnFeatures(shared.plain, start, word, word.hash, fused);
    const row = (word.hash & fused.mask) * width;
    shared.rows.set(fused.weights.subarray(row, row + width), start);
    shared.filled[slot] = 1;
  }
  return slot;
}

/** Sizes the shared arrays for `fused` and forgets the sums of other models. */
function useFused(fused: FusedLinearModels): void {
  shared.fused = fused;
  if (shared.width !== fused.width) {
    shared.width = fused.width;
    shared.plain = new Int32Array(MAX_CACHED_WORDS * fused.width);
    shared.negated = new Int32Array(MAX_CACHED_WORDS * fused.width);
    shared.rows = new Int8Array(MAX_CACHED_WORDS * fused.width);
    shared.filled = new Uint8Array(MAX_CACHED_WORDS);
  } else {
    shared.filled.fill(0);
  }
}

function sumOwnFeatures(
  into: Int32Array,
  start: number,
  word: Word,
  wordFeature: number,
  fused: FusedLinearModels,
): void {
  const { weights, mask, width } = fused;
  addRowAt(into, start, weights, (wordFeature & mask) * width, width);
  for (const gram of word.grams) {
    addRowAt(into, start, weights, (gram & mask) * width, width);
  }
}

function addRow(totals: Int32Array, weights: Int8Array, from: number, width: number): void {
  addRowAt(totals, 0, weights, from, width);
}

function addRowAt(
  into: Int32Array,
  start: number,
  weights: Int8Array,
  from: number,
  width: number,
): void {
  for (let output = 0; output < width; output++) {
    into[start + output] += weights[from + output];
  }
}

/**
 * Recently seen words. The cache is emptied when full, which bounds its memory (a paste of junk
 * is all new words) and never changes a result.
 */
const WORDS = new Map<string, Word>();
const MAX_CACHED_WORDS = 20_000;
/** Bumped whenever the cache is emptied: the words of earlier generations give up their slots. */
let generation = 0;

/**
 * The `Word` of a token, from the cache when it was seen recently.
 *
 * @example wordOf('thank').hash === hashWord('thank') // -> true
 */
export function wordOf(token: string): Word {
  let word = WORDS.get(token);
  if (word === undefined) {
    if (WORDS.size >= MAX_CACHED_WORDS) {
      WORDS.clear();
      generation++;
      shared.filled.fill(0);
    }
    word = new Word(token, WORDS.size, generation);
    WORDS.set(token, word);
  }
  return word;
}

function charGrams(word: string): number[] {
  const features: number[] = [];
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
  return features;
}
