import { type Intent, INTENTS } from '@bedside/domain';

import { finishLinear } from '../features/linear-model';
import type { TriageContext, TriageDraft } from '../triage.types';

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
    context.features.length,
    context.cueFeatures,
  );
  const intentScores = {} as Record<Intent, number>;
  for (let index = 0; index < INTENTS.length; index++) {
    intentScores[INTENTS[index]] = 1 / (1 + Math.exp(-logits[index]));
  }
  return { intentScores };
}
