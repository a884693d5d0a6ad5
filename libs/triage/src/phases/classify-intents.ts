import { type Intent, INTENTS } from '@bedside/domain';

import { topWords } from '../features/explain';
import { INTENT_DENSE_NAMES } from '../features/intent-features';
import { BOUNDARY_TOKEN } from '../features/tokenize';
import {
  INSULT,
  LOVE_EMOJI,
  MEDICATION_QUESTION,
  REACTION_ONLY,
  THREAT,
} from '../lexicon/cue-patterns';
import { INTENT_CUES } from '../lexicon/intent-cues';
import { GatedPattern } from '../lexicon/pattern-gate';
import type { IntentScore, TriageContext, TriageDraft, TriageReasons } from '../triage.types';

/** Someone in a crisis asking what to do: also an advice request by the labelling rules. */
const ASKS_WHAT_TO_DO =
  /what (?:do|should|can) (?:i|we)|should (?:i|we|he|she)|do (?:i|we) (?:need|call|go|take)|(?:or|,) (?:drive|wait|ambulance|uber|call)|\b(?:er|ambulance|911|in) ?\?|(?:er|ambulance) now|is this (?:a|normal)|how (?:long|far)|qu[eé] (?:hago|hacemos)|llamo|voy a urgencias|¿/;
/** A service question about getting there, which is not an advice request. */
const ASKS_DIRECTIONS = /how far|which (?:entrance|hospital|er)|where(?:'s| is) (?:the|your)/;

const ASKS_WHAT = new GatedPattern(ASKS_WHAT_TO_DO);
const ASKS_WAY = new GatedPattern(ASKS_DIRECTIONS);
const ASKS_ABOUT_MEDICINE = new GatedPattern(MEDICATION_QUESTION);
const IS_REACTION = new GatedPattern(REACTION_ONLY);
const SHOWS_LOVE = new GatedPattern(LOVE_EMOJI);
const THREATENS = new GatedPattern(THREAT);
const INSULTS = new GatedPattern(INSULT);

/**
 * Phase 5: turns intent probabilities into labels. Each learned intent is given when its
 * probability clears a threshold tuned on cross-validated data; then rules apply, in this order:
 * the crisis phase decides emergency and self-harm; an emergency or self-harm that asks what to do
 * is also an advice request, an emergency that asks the way also a service question, and self-harm that does not (a lethal-dose question) is not; praise
 * needs words of praise on clearly negative wording or beside a myth; an emoji-only positive
 * reaction is praise; a threat or an insult is abuse.
 *
 * @example classifyIntents(buildContext('Do you take Aetna?'), draft).intents // -> [{label:'service_question', confidence: 0.93}]
 */
export function classifyIntents(context: TriageContext, draft: Readonly<TriageDraft>): TriageDraft {
  const models = context.models;
  const scores = draft.intentScores;
  const crisis = draft.crisis ?? { emergency: false, selfHarm: false };
  const hits = context.patternHits;
  const given = new Map<Intent, number>();
  const reasons: TriageReasons = {};
  // Two or three words ("same", "lol ok", "?") give the model too little to go on; there an
  // intent also needs one of its own cue words ("thanks!" is still praise).
  const isShort = countWords(context.tokens) <= SHORT_COMMENT_WORDS;
  INTENTS.forEach((intent, index) => {
    const probability = scores?.[intent] ?? 0;
    if (intent === 'emergency' || intent === 'self_harm') {
      return;
    }
    if (isShort && !cueCount(context, intent)) {
      return;
    }
    if (probability >= models.intentThresholds[index]) {
      given.set(intent, probability);
      const words = topWords(models.intents, models.sparse.offsets[0], context, index, 3, false);
      reasons[intent] = words.length > 0 ? words.map((word) => `"${word}"`) : ['model'];
    }
  });
  // A practical question ("what are visiting hours?") that the model read as clinical, with no
  // clinical word or advice wording at all, is only a service question.
  if (
    given.has('medical_advice_request') &&
    given.has('service_question') &&
    cueCount(context, 'medical_advice_request') === 0 &&
    cueCount(context, 'service_question') > 0
  ) {
    given.delete('medical_advice_request');
    delete reasons.medical_advice_request;
  }
  if (crisis.emergency) {
    given.set('emergency', Math.max(scores?.emergency ?? 0, 0.95));
    const asksDirections = ASKS_WAY.test(hits, context.lower);
    if (
      !given.has('medical_advice_request') &&
      ASKS_WHAT.test(hits, context.lower) &&
      !asksDirections
    ) {
      given.set('medical_advice_request', 0.9);
      reasons.medical_advice_request = ['emergency + asks what to do'];
    }
    // "How far is your ER?" in the middle of an emergency is a practical question too.
    if (asksDirections && !given.has('service_question')) {
      given.set('service_question', 0.9);
      reasons.service_question = ['emergency + asks the way'];
    }
  }
  if (
    !given.has('medical_advice_request') &&
    !given.has('spam') &&
    !given.has('misinformation') &&
    context.cueFeatures[QUESTION_FEATURE] > 0 &&
    ASKS_ABOUT_MEDICINE.test(hits, head(context.lower))
  ) {
    given.set('medical_advice_request', 0.85);
    reasons.medical_advice_request = ['asks about a medicine for a particular person'];
  }
  if (crisis.selfHarm) {
    given.set('self_harm', Math.max(scores?.self_harm ?? 0, 0.95));
    // Someone asking what to do about a crisis is also an advice request, as with emergencies;
    // "how many of my pills would it take to not wake up" reads like a dosing question but is
    // self-harm only.
    if (ASKS_WHAT.test(hits, context.lower) && !ASKS_WAY.test(hits, context.lower)) {
      if (!given.has('medical_advice_request')) {
        given.set('medical_advice_request', 0.9);
        reasons.medical_advice_request = ['self-harm + asks what to do'];
      }
    } else if (given.has('medical_advice_request')) {
      given.delete('medical_advice_request');
      delete reasons.medical_advice_request;
    }
  }
  // Praise the model guessed from neutral words ("ever") on clearly negative wording, with no
  // word of thanks or compliment at all, is dropped.
  if (
    given.has('praise') &&
    context.lexicon.compound <= -0.5 &&
    cueCount(context, 'praise') === 0
  ) {
    given.delete('praise');
    delete reasons.praise;
  }
  // A myth shared "with love 💗" is not praise of the hospital unless it also thanks someone.
  if (given.has('praise') && given.has('misinformation') && cueCount(context, 'praise') === 0) {
    given.delete('praise');
    delete reasons.praise;
  }
  if (!given.has('praise') && IS_REACTION.test(hits, context.lower)) {
    given.set('praise', 0.9);
    reasons.praise = ['positive reaction emoji'];
  }
  if (
    !given.has('praise') &&
    !crisis.emergency &&
    !crisis.selfHarm &&
    !NOT_PRAISE.some((intent) => given.has(intent)) &&
    SHOWS_LOVE.test(hits, head(context.lower))
  ) {
    given.set('praise', 0.8);
    reasons.praise = ['affection emoji'];
  }
  const isThreat = THREATENS.test(hits, context.lower);
  if (!given.has('abuse')) {
    const insult = INSULTS.exec(hits, context.lower);
    if (insult || isThreat) {
      given.set('abuse', 0.9);
      reasons.abuse = [insult ? `insult "${insult[0]}"` : 'threat wording'];
    }
  }
  const intents: IntentScore[] = INTENTS.filter((intent) => given.has(intent)).map((intent) => ({
    label: intent,
    confidence: round(given.get(intent) ?? 0),
  }));
  return { intents, reasons, isThreat };
}

const SHORT_COMMENT_WORDS = 3;
/** Where the dense "asks something" cue sits: the medicine rule needs a question. */
const QUESTION_FEATURE = INTENT_DENSE_NAMES.indexOf('question');
/** Intents that an affection emoji does not turn into praise (sarcasm, promotion, anger, myths). */
const NOT_PRAISE: readonly Intent[] = ['complaint', 'spam', 'abuse', 'misinformation'];
/** Rule patterns read at most this much text, so pasted essays stay linear and fast. */
const MAX_RULE_CHARS = 4000;

function head(lower: string): string {
  return lower.length > MAX_RULE_CHARS ? lower.slice(0, MAX_RULE_CHARS) : lower;
}

function countWords(tokens: readonly string[]): number {
  return tokens.filter((token) => token !== BOUNDARY_TOKEN).length;
}

/** Where each intent's cue count sits among the dense features. */
const CUE_FEATURE = new Map(
  Object.keys(INTENT_CUES).map((intent) => [intent, INTENT_DENSE_NAMES.indexOf(`cues_${intent}`)]),
);

function cueCount(context: TriageContext, intent: string): number {
  const feature = CUE_FEATURE.get(intent);
  return feature === undefined ? 0 : context.cueFeatures[feature];
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
