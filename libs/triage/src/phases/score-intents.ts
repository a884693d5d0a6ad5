import { type Intent, INTENTS } from '@bedside/domain';

import { finishLinear } from '../features/linear-model';
import type { TriageContext, TriageDraft } from '../triage.types';

/**
 * Read at once and never kept: one buffer saves allocating a typed array per comment, which costs
 * more than the arithmetic (arrays of more than 64 bytes are allocated outside the V8 heap).
 */
const LOGITS = new Float64Array(INTENTS.length);

/**
 * Phase 3: the learned intent model (independent logistic outputs over hashed words, word pairs
 * and character n-grams, plus a few dense cues). Produces a probability for every intent; the
 * decisions are made later, where rules can overrule it.
 *
 * @example scoreIntents(buildContext('Do you take Aetna?')).intentScores?.service_question // -> about 0.9
 */
export function scoreIntents(context: TriageContext): TriageDraft {
  const { intents, sparse } = context.models;
  const logits = finishLinear(
    intents,
    context.sparseSums,
    sparse.offsets[0],
    context.featureCount,
    context.cueFeatures,
    LOGITS,
  );
  const intentScores = {} as Record<Intent, number>;
  for (let index = 0; index < INTENTS.length; index++) {
    intentScores[INTENTS[index]] = 1 / (1 + Math.exp(-logits[index]));
  }
  return { intentScores };
}
