import {
  type CrisisCue,
  EMERGENCY_CUES,
  HAPPENING_NOW,
  IMMINENT,
  PAST_EVENT,
  SELF_HARM_CUES,
  SELF_HARM_EXCLUSIONS,
} from '../lexicon/crisis-cues';
import { GatedPattern, type PatternHits } from '../lexicon/pattern-gate';
import type { TriageContext, TriageDraft, TriageReasons } from '../triage.types';

/**
 * Above this, the model alone raises the flag (it has seen wordings the cue lists lack). High,
 * because off-domain text (tweets) can push an under-trained output up.
 */
const MODEL_ALONE = 0.9;
/** A single weak self-harm cue counts when the model agrees at least this much. */
const MODEL_SUPPORT = 0.25;
/** Crisis cues are searched in this much text; longer pastes are rare and scanned in full anyway. */
const MAX_CRISIS_CHARS = 20000;

const EMERGENCY_GATES = EMERGENCY_CUES.map((cue) => new GatedPattern(cue.pattern));
const SELF_HARM_GATES = SELF_HARM_CUES.map((cue) => new GatedPattern(cue.pattern));
const TOLD_IN_PAST = new GatedPattern(PAST_EVENT);
const TOLD_AS_HAPPENING = new GatedPattern(HAPPENING_NOW);
const IS_EXCLUDED = new GatedPattern(SELF_HARM_EXCLUSIONS);
const IS_IMMINENT = new GatedPattern(IMMINENT);

/**
 * Phase 4: emergency and self-harm, the two intents that must never be missed. Cue patterns
 * (English and Spanish) decide, except that an emergency told in the past tense ("you saved my
 * husband last year") does not count unless something also says it is happening now; a weak
 * self-harm cue ("said goodbye to my dog") needs a second cue or model support; and the model
 * alone can raise either flag when it is confident.
 *
 * @example detectCrisis(buildContext('my dad has chest pain right now and his arm is numb'), draft).crisis
 *   // -> { emergency: true, selfHarm: false }
 */
export function detectCrisis(context: TriageContext, draft: Readonly<TriageDraft>): TriageDraft {
  const text =
    context.lower.length > MAX_CRISIS_CHARS
      ? context.lower.slice(0, MAX_CRISIS_CHARS)
      : context.lower;
  const reasons: TriageReasons = {};
  const emergencyProbability = draft.intentScores?.emergency ?? 0;
  const selfHarmProbability = draft.intentScores?.self_harm ?? 0;

  const hits = context.patternHits;
  const emergencyCues = matchCues(EMERGENCY_CUES, EMERGENCY_GATES, hits, text);
  let emergency = emergencyCues.strong.length > 0;
  if (emergency && TOLD_IN_PAST.test(hits, text) && !TOLD_AS_HAPPENING.test(hits, text)) {
    emergency = false;
  }
  if (emergency) {
    reasons.emergency = emergencyCues.strong.slice(0, 3);
  } else if (emergencyProbability >= MODEL_ALONE) {
    emergency = true;
    reasons.emergency = [`model ${emergencyProbability.toFixed(2)}`];
  }

  let selfHarmCues = matchCues(SELF_HARM_CUES, SELF_HARM_GATES, hits, text);
  if (selfHarmCues.strong.length + selfHarmCues.weak.length > 0 && IS_EXCLUDED.test(hits, text)) {
    selfHarmCues = { strong: [], weak: [] };
  }
  let selfHarm =
    selfHarmCues.strong.length > 0 ||
    selfHarmCues.weak.length >= 2 ||
    (selfHarmCues.weak.length === 1 && selfHarmProbability >= MODEL_SUPPORT);
  if (selfHarm) {
    reasons.self_harm = [...selfHarmCues.strong, ...selfHarmCues.weak].slice(0, 3);
  } else if (selfHarmProbability >= MODEL_ALONE) {
    selfHarm = true;
    reasons.self_harm = [`model ${selfHarmProbability.toFixed(2)}`];
  }
  if (selfHarm && !emergency) {
    const imminent = IS_IMMINENT.exec(hits, text);
    if (imminent) {
      emergency = true;
      reasons.emergency = [`self-harm under way: "${shorten(imminent[0])}"`];
    }
  }
  return { crisis: { emergency, selfHarm }, reasons };
}

function matchCues(
  cues: readonly CrisisCue[],
  gates: readonly GatedPattern[],
  hits: PatternHits,
  text: string,
): { strong: string[]; weak: string[] } {
  const strong: string[] = [];
  const weak: string[] = [];
  for (let index = 0; index < cues.length; index++) {
    const cue = cues[index];
    const match = gates[index].exec(hits, text);
    if (match) {
      const quoted = `"${shorten(match[0])}"`;
      (cue.isWeak ? weak : strong).push(quoted);
    }
  }
  return { strong, weak };
}

function shorten(value: string): string {
  return value.length > 40 ? `${value.slice(0, 37)}...` : value;
}
