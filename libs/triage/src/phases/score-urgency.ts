import type { Intent, Urgency } from '@bedside/domain';

import { HARM, QUESTION } from '../lexicon/cue-patterns';
import { GatedPattern } from '../lexicon/pattern-gate';
import type { TriageContext, TriageDraft } from '../triage.types';
import { isPhiExposure } from './detect-phi';

const NAMES_HARM = new GatedPattern(HARM);
const ASKS = new GatedPattern(QUESTION);

const NORMAL_INTENTS: readonly Intent[] = [
  'complaint',
  'service_question',
  'misinformation',
  'abuse',
];

/**
 * Phase 7: urgency by the labelling rules, highest level that applies. Critical exactly when the
 * comment is an emergency or self-harm. High for an advice request, a complaint that involves
 * harm or a safety risk, a threat, or PHI exposure (a private person identified; staff names and
 * a spammer's own contact details do not count). Normal for other complaints, service questions,
 * misinformation, abuse, and other genuine questions. Low for the rest (praise, spam, chit-chat).
 *
 * @example scoreUrgency(context, { intents: [{ label: 'complaint', confidence: 0.9 }], phi: [] }).urgency // -> 'normal'
 */
export function scoreUrgency(context: TriageContext, draft: Readonly<TriageDraft>): TriageDraft {
  const labels = new Set((draft.intents ?? []).map((intent) => intent.label));
  const { urgency, reason } = decide(context, labels, draft);
  return { urgency, reasons: { urgency: [reason] } };
}

function decide(
  context: TriageContext,
  labels: ReadonlySet<Intent>,
  draft: Readonly<TriageDraft>,
): { urgency: Urgency; reason: string } {
  if (labels.has('emergency')) {
    return { urgency: 'critical', reason: 'emergency → critical' };
  }
  if (labels.has('self_harm')) {
    return { urgency: 'critical', reason: 'self-harm → critical' };
  }
  if (labels.has('medical_advice_request')) {
    return { urgency: 'high', reason: 'medical advice request → high' };
  }
  if (labels.has('complaint')) {
    const harm = NAMES_HARM.exec(context.patternHits, context.lower);
    if (harm) {
      return { urgency: 'high', reason: `harm or safety risk "${harm[0]}" → high` };
    }
  }
  if (draft.isThreat) {
    return { urgency: 'high', reason: 'threat → high' };
  }
  const phi = draft.phi ?? [];
  if (!labels.has('spam') && isPhiExposure(phi)) {
    return { urgency: 'high', reason: 'PHI exposure → high' };
  }
  const normal = NORMAL_INTENTS.find((intent) => labels.has(intent));
  if (normal) {
    return { urgency: 'normal', reason: `${normal.replace('_', ' ')} → normal` };
  }
  if (
    labels.size === 0 &&
    context.tokens.length >= 3 &&
    ASKS.test(context.patternHits, context.lower)
  ) {
    return { urgency: 'normal', reason: 'genuine question → normal' };
  }
  return { urgency: 'low', reason: labels.size > 0 ? 'praise or spam → low' : 'no intent → low' };
}
