import { INTENTS } from '@bedside/domain';

import { DISTRESS, LINK, QUESTION, REACTION_ONLY, THANKS } from '../lexicon/cue-patterns';
import { countIntentCues, INTENT_CUES } from '../lexicon/intent-cues';
import { GatedPattern, type PatternHits, scanPatterns } from '../lexicon/pattern-gate';
import { type LexiconScore } from '../lexicon/score-lexicon';

const HAS_LETTER_OR_DIGIT = /[a-z0-9]/;
const ASKS = new GatedPattern(QUESTION);
const HAS_LINK = new GatedPattern(LINK);
const IS_REACTION = new GatedPattern(REACTION_ONLY);
const IS_DISTRESSED = new GatedPattern(DISTRESS);
const THANKS_SOMEONE = new GatedPattern(THANKS);

/** Names of the dense features, in order; stored in the model file and checked at load. */
export const INTENT_DENSE_NAMES: readonly string[] = [
  'lexicon_compound',
  'lexicon_positive',
  'lexicon_negative',
  'question',
  'link',
  'reaction_only',
  ...Object.keys(INTENT_CUES).map((intent) => `cues_${intent}`),
];

/** Dense inputs of the word-level sentiment model (stage 1). */
export const SENTIMENT_DENSE_NAMES = [
  'lexicon_compound',
  'lexicon_positive',
  'lexicon_negative',
] as const;

/**
 * Inputs of the sentiment combiner (stage 2): the logits of both word-level models, the lexicon, one intent
 * probability per intent (in `INTENTS` order) and whether the comment asks something.
 */
export const SENTIMENT_COMBINER_NAMES: readonly string[] = [
  'words_negative',
  'words_neutral',
  'words_positive',
  'hospital_negative',
  'hospital_neutral',
  'hospital_positive',
  ...SENTIMENT_DENSE_NAMES,
  ...INTENTS.map((intent) => `intent_${intent}`),
  'question',
  'distress',
  'thanks',
  'after_contrast',
];

/**
 * The combiner's inputs, in `SENTIMENT_COMBINER_NAMES` order. Besides the model outputs it gets
 * three cues the hospital labelling rules turn on: worry or distress (a worried advice request is
 * negative, a calm one neutral), thanks, and the tone of the clause after a "but".
 *
 * @example combinerInputs(tweetLogits, hospitalLogits, lexicon, intentProbabilities, 'how?')
 */
export function combinerInputs(
  wordLogits: ArrayLike<number>,
  hospitalLogits: ArrayLike<number>,
  lexicon: LexiconScore,
  intentProbabilities: readonly number[],
  lower: string,
  hits: PatternHits = scanPatterns(lower),
): number[] {
  const head = lower.length > 4000 ? lower.slice(0, 4000) : lower;
  return [
    ...centre(wordLogits),
    ...centre(hospitalLogits),
    ...sentimentDense(lexicon),
    ...intentProbabilities,
    ASKS.test(hits, head) ? 1 : 0,
    IS_DISTRESSED.test(hits, head) ? 1 : 0,
    THANKS_SOMEONE.test(hits, head) ? 1 : 0,
    lexicon.afterContrast / (1 + Math.abs(lexicon.afterContrast)),
  ];
}

/**
 * Dense features for the sentiment model: the lexicon score squashed to [0, 1) so that one long
 * rant does not dominate the learned weights.
 *
 * @example sentimentDense({ compound: 0.6, positive: 3, negative: 0, cues: [] }) // -> [0.6, 0.75, 0]
 */
export function sentimentDense(lexicon: LexiconScore): number[] {
  return [
    lexicon.compound,
    lexicon.positive / (1 + lexicon.positive),
    lexicon.negative / (1 + lexicon.negative),
  ];
}

/**
 * Dense features for the intent model: the sentiment lexicon plus cues that hashed words carry
 * poorly (a question anywhere, a link or handle, an emoji-only reaction) and counts of each intent's cue words.
 *
 * @example intentDense('love this 👍', lexicon) // -> [0.6, 0.7, 0, 0, 0, 0, 0]
 */
export function intentDense(
  lower: string,
  lexicon: LexiconScore,
  hits: PatternHits = scanPatterns(lower),
): number[] {
  const head = lower.length > 4000 ? lower.slice(0, 4000) : lower;
  return [
    ...sentimentDense(lexicon),
    ASKS.test(hits, head) ? 1 : 0,
    HAS_LINK.test(hits, head) ? 1 : 0,
    // Only text without letters or digits can be an emoji-only reaction.
    IS_REACTION.mayMatch(hits, head) && !HAS_LETTER_OR_DIGIT.test(head) && REACTION_ONLY.test(head)
      ? 1
      : 0,
    ...countIntentCues(head, hits),
  ];
}

function centre(logits: ArrayLike<number>): number[] {
  const mean = (logits[0] + logits[1] + logits[2]) / 3;
  return [logits[0] - mean, logits[1] - mean, logits[2] - mean];
}
