import type { ChannelKind } from '@bedside/domain';

import { featurize, sumWordFeatures } from './features/featurize';
import { intentDense } from './features/intent-features';
import { MAX_CLASSIFIED_CHARS } from './features/limits';
import { tokenize } from './features/tokenize';
import { type Word, wordOf } from './features/words';
import { type PatternHits, scanPatterns } from './lexicon/pattern-gate';
import { type LexiconScore, scoreWords } from './lexicon/score-lexicon';
import { getModels, type TriageModels } from './model-registry';
import { lowerSameLength } from './phases/detect-phi';
import type { TriageContext } from './triage.types';

export { MAX_CLASSIFIED_CHARS };

/**
 * Builds the read-only context every phase receives: the original text, a lower-cased copy of
 * the same length (so offsets line up), and the tokens and hashed features of its opening.
 *
 * @example buildContext('Thank you Dr. Patel!', 'facebook').tokens // -> ['thank', 'you', 'dr', '.', 'patel', '!']
 */
export function buildContext(
  text: string,
  channel?: ChannelKind,
  models: TriageModels = getModels(),
): TriageContext {
  const lower = lowerSameLength(text);
  const patternHits = scanPatterns(lower);
  const window = lower.length > MAX_CLASSIFIED_CHARS ? lower.slice(0, MAX_CLASSIFIED_CHARS) : lower;
  const tokens = tokenize(window);
  const words = tokens.map(wordOf);
  const lexicon = scoreWords(words, models.valences);
  const cueFeatures = intentDense(window, lexicon, patternHits);
  const { count, totals } = sumWordFeatures(words, models.sparse);
  return new Context(
    text,
    lower,
    tokens,
    words,
    count,
    channel,
    lexicon,
    cueFeatures,
    models,
    totals,
    patternHits,
  );
}

/**
 * A class rather than an object literal: V8 builds instances of one class fast, and the fields
 * phases never read (the listed features, the word hashes) are worked out only when read.
 */
class Context implements TriageContext {
  private listedFeatures: number[] | undefined;

  constructor(
    readonly text: string,
    readonly lower: string,
    readonly tokens: readonly string[],
    readonly words: readonly Word[],
    readonly featureCount: number,
    readonly channel: ChannelKind | undefined,
    readonly lexicon: LexiconScore,
    readonly cueFeatures: readonly number[],
    readonly models: TriageModels,
    readonly sparseSums: Int32Array,
    readonly patternHits: PatternHits,
  ) {
    this.listedFeatures = undefined;
  }

  get features(): readonly number[] {
    this.listedFeatures ??= featurize(this.tokens);
    return this.listedFeatures;
  }

  get wordHashes(): readonly number[] {
    return this.words.map((word) => word.hash);
  }
}
