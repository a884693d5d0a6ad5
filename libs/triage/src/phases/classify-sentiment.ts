import { INTENTS, SENTIMENT_LABELS, type SentimentLabel } from '@bedside/domain';

import { topWords } from '../features/explain';
import { isNegator } from '../features/featurize';
import { combinerInputs, sentimentDense } from '../features/intent-features';
import { finishLinear, scoreLinear } from '../features/linear-model';
import { DISTRESS, THANKS } from '../lexicon/cue-patterns';
import { GatedPattern, type PatternHits } from '../lexicon/pattern-gate';
import type { TriageContext, TriageDraft } from '../triage.types';

/**
 * Phase 6: the writer's overall tone. A softmax over hashed words, word pairs, character n-grams
 * and the word-list score (negation and boosters handled) reads the words. For comments written
 * to a hospital (a small domain model decides), a combiner then weighs those logits against a
 * hospital-trained word model and the intent probabilities from phase 3, so hospital conventions
 * win over surface words: a calm question is neutral, a sarcastic "love that..." complaint is
 * negative. The score is P(positive) - P(negative).
 *
 * @example classifySentiment(buildContext('Thank you so much to the NICU nurses!'), draft).sentiment
 *   // -> { label: 'positive', score: 0.93 }
 */
export function classifySentiment(
  context: TriageContext,
  draft: Readonly<TriageDraft>,
): TriageDraft {
  const models = context.models;
  const { sparseSums } = context;
  const [, wordsAt, hospitalAt, domainAt] = models.sparse.offsets;
  const count = context.featureCount;
  const wordLogits = finishLinear(
    models.sentimentWords,
    sparseSums,
    wordsAt,
    count,
    sentimentDense(context.lexicon),
  );
  const cueFeatures = context.cueFeatures;
  const isHospitalComment =
    finishLinear(models.sentimentDomain, sparseSums, domainAt, count, cueFeatures)[0] >= 0;
  let logits: Float64Array = wordLogits;
  let bias = models.sentimentGeneralBias;
  if (isHospitalComment) {
    const hospitalLogits = finishLinear(
      models.sentimentHospitalWords,
      sparseSums,
      hospitalAt,
      count,
      cueFeatures,
    );
    const intentProbabilities = INTENTS.map((intent) => draft.intentScores?.[intent] ?? 0);
    logits = scoreLinear(
      models.sentimentCombiner,
      [],
      combinerInputs(
        wordLogits,
        hospitalLogits,
        context.lexicon,
        intentProbabilities,
        context.lower,
        context.patternHits,
      ),
    );
    bias = models.sentimentHospitalBias;
  }
  let best = 0;
  for (let index = 1; index < logits.length; index++) {
    if (logits[index] + bias[index] > logits[best] + bias[best]) {
      best = index;
    }
  }
  const probabilities = softmax(logits);
  const modelLabel = SENTIMENT_LABELS[best];
  const labels = new Set((draft.intents ?? []).map((intent) => intent.label));
  const rule = toneOfIntents(
    labels,
    isHospitalComment,
    modelLabel,
    probabilities[best],
    context.lexicon.compound,
    context.lower,
    context.patternHits,
  );
  const label = rule?.label ?? modelLabel;
  const score = alignScore(probabilities[2] - probabilities[0], label);
  const cues = explain(context, SENTIMENT_LABELS.indexOf(label), label);
  return {
    sentiment: { label, score },
    reasons: { sentiment: rule ? [rule.reason, ...cues.slice(0, 3)] : cues },
  };
}

const IS_DISTRESSED = new GatedPattern(DISTRESS);
const THANKS_SOMEONE = new GatedPattern(THANKS);

/** A lexicon score below this is clearly negative wording. */
const NEGATIVE_WORDS = -0.3;

/** The model must be this sure to keep a non-neutral tone on a plain question or claim. */
const SURE_OF_TONE = 0.75;

/**
 * The tone the labelling rules tie to intents, where they do. In hand-labelled hospital
 * comments a complaint, abuse, an emergency or self-harm is negative, praise without a complaint
 * is positive, an advice request is negative when worried and neutral when calm, and a service
 * question is neutral unless clearly otherwise or warmed by thanks; myths, spam and comments
 * without an intent are left to the model (calm or angry, enthusiastic or flat). For general
 * posts only the crisis and abuse rule applies.
 */
function toneOfIntents(
  labels: ReadonlySet<string>,
  isHospitalComment: boolean,
  modelLabel: SentimentLabel,
  modelProbability: number,
  lexiconCompound: number,
  lower: string,
  hits: PatternHits,
): { label: SentimentLabel; reason: string } | null {
  for (const intent of ['emergency', 'self_harm', 'abuse'] as const) {
    if (labels.has(intent)) {
      return { label: 'negative', reason: `${intent.replace('_', '-')} → negative` };
    }
  }
  if (!isHospitalComment) {
    return null;
  }
  if (labels.has('complaint')) {
    return { label: 'negative', reason: 'complaint → negative' };
  }
  // A praise label on clearly negative words is more likely a wrong label than happy praise.
  if (labels.has('praise') && lexiconCompound > NEGATIVE_WORDS) {
    return { label: 'positive', reason: 'praise → positive' };
  }
  const advice = adviceTone(labels, modelLabel, modelProbability, lower, hits);
  if (advice) {
    return advice;
  }
  // Only a service question is plain: with no intent found at all the words decide (a missed
  // intent is likelier than a calm comment the model read wrongly), and thanks give it warmth.
  const isPlain =
    labels.size > 0 &&
    [...labels].every((intent) => intent === 'service_question') &&
    !THANKS_SOMEONE.test(
      hits,
      lower.length > MAX_CUE_CHARS ? lower.slice(0, MAX_CUE_CHARS) : lower,
    );
  if (isPlain && modelLabel !== 'neutral' && modelProbability < SURE_OF_TONE) {
    return { label: 'neutral', reason: 'plain question → neutral' };
  }
  return null;
}

/** The word models must be this sure to call an advice request without worry cues negative. */
const SURE_OF_WORRY = 0.8;
/** Distress and thanks are looked for in this much text (linear time on pasted essays). */
const MAX_CUE_CHARS = 4000;

/**
 * An advice request (alone, or with a service question or a relayed myth) is negative when the
 * writer sounds worried or distressed and neutral when it is asked calmly, by the labelling rules:
 * symptom words ("pain", "rash", "bleeding") are the topic, not the tone. The model keeps the
 * label when it is very sure, and positive tone (thanks) is left to it.
 */
function adviceTone(
  labels: ReadonlySet<string>,
  modelLabel: SentimentLabel,
  modelProbability: number,
  lower: string,
  hits: PatternHits,
): { label: SentimentLabel; reason: string } | null {
  if (
    !labels.has('medical_advice_request') ||
    ![...labels].every(
      (intent) =>
        intent === 'medical_advice_request' ||
        intent === 'service_question' ||
        intent === 'misinformation',
    )
  ) {
    return null;
  }
  const head = lower.length > MAX_CUE_CHARS ? lower.slice(0, MAX_CUE_CHARS) : lower;
  const distress = IS_DISTRESSED.exec(hits, head);
  if (distress) {
    return { label: 'negative', reason: `worried advice request "${distress[0]}" → negative` };
  }
  if (modelLabel === 'negative' && modelProbability < SURE_OF_WORRY) {
    return { label: 'neutral', reason: 'calm advice request → neutral' };
  }
  return null;
}

/** Keeps the score's sign in line with the label when a rule overrode the model. */
function alignScore(raw: number, label: SentimentLabel): number {
  const aligned =
    label === 'positive'
      ? Math.max(raw, 0.3)
      : label === 'negative'
        ? Math.min(raw, -0.3)
        : Math.max(-0.3, Math.min(0.3, raw));
  return Math.round(aligned * 1000) / 1000;
}

function explain(context: TriageContext, best: number, label: string): string[] {
  const sign = label === 'positive' ? 1 : label === 'negative' ? -1 : 0;
  const cues: string[] = [];
  if (sign !== 0) {
    for (const cue of context.lexicon.cues) {
      if (Math.sign(cue.value) === sign && cues.length < 2 && !isNegator(cue.token)) {
        cues.push(`"${cue.token}" (${sign > 0 ? '+' : '-'})`);
      }
    }
  }
  const models = context.models;
  for (const word of topWords(
    models.sentimentWords,
    models.sparse.offsets[1],
    context,
    best,
    3,
    true,
  )) {
    const quoted = `"${word}"`;
    if (cues.length < 4 && !cues.some((cue) => cue.startsWith(quoted))) {
      cues.push(quoted);
    }
  }
  if (cues.length === 0) {
    cues.push(sign === 0 ? 'no strong tone words' : 'model');
  }
  return cues;
}

function softmax(logits: Float64Array): number[] {
  let max = -Infinity;
  for (const value of logits) {
    max = Math.max(max, value);
  }
  let total = 0;
  const exps: number[] = [];
  for (const value of logits) {
    const exp = Math.exp(value - max);
    exps.push(exp);
    total += exp;
  }
  return exps.map((value) => value / total);
}
