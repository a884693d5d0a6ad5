import type { ChannelKind } from '@bedside/domain';

import { featurize, hashWords } from './features/featurize';
import { intentDense } from './features/intent-features';
import { MAX_CLASSIFIED_CHARS } from './features/limits';
import { sumFused } from './features/linear-model';
import { tokenize } from './features/tokenize';
import { scoreLexicon } from './lexicon/score-lexicon';
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
  const window = lower.length > MAX_CLASSIFIED_CHARS ? lower.slice(0, MAX_CLASSIFIED_CHARS) : lower;
  const tokens = tokenize(window);
  const lexicon = scoreLexicon(tokens, models.valences);
  const cueFeatures = intentDense(window, lexicon);
  const wordHashes = hashWords(tokens);
  const features = featurize(tokens, wordHashes);
  const sparseSums = sumFused(models.sparse, features);
  return {
    text,
    lower,
    tokens,
    wordHashes,
    features,
    channel,
    lexicon,
    cueFeatures,
    models,
    sparseSums,
  };
}
