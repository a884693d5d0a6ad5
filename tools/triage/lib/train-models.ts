import { INTENTS, SENTIMENT_LABELS } from '@bedside/domain';

import { featurize } from '../../../libs/triage/src/features/featurize';
import {
  combinerInputs,
  INTENT_DENSE_NAMES,
  intentDense,
  SENTIMENT_COMBINER_NAMES,
  SENTIMENT_DENSE_NAMES,
  sentimentDense,
} from '../../../libs/triage/src/features/intent-features';
import { MAX_CLASSIFIED_CHARS } from '../../../libs/triage/src/features/limits';
import {
  decodeLinearModel,
  type LinearModel,
  type LinearModelFile,
  scoreLinear,
} from '../../../libs/triage/src/features/linear-model';
import { tokenize } from '../../../libs/triage/src/features/tokenize';
import {
  type LexiconScore,
  parseValences,
  scoreLexicon,
  type Valences,
} from '../../../libs/triage/src/lexicon/score-lexicon';
import { EXTRA_VALENCES } from '../../../libs/triage/src/lexicon/sentiment-extras';
import type { IntentModelFile, SentimentModelFile } from '../../../libs/triage/src/model-registry';
import { lowerSameLength } from '../../../libs/triage/src/phases/detect-phi';
import { type HospitalRow, loadMedicalAdvice, loadTweetEval, type MedicalAdviceRow } from './data';
import { buildVaderLexicon } from './lexicon';
import { splitBucket } from './random';
import { isMedicalAdviceHoldout, isSentimentCombinerSlice } from './splits';
import { toModelFile, type TrainingExample, trainLinear } from './train-linear';

const FOLDS = 5;
const SEED = 20240611;
const MEDICAL_ADVICE_WEIGHT = 0.5;

const INTENT_OPTIONS = {
  name: 'intents',
  outputs: [...INTENTS],
  denseNames: [...INTENT_DENSE_NAMES],
  bits: 16,
  mode: 'sigmoid' as const,
  epochs: 14,
  learningRate: 0.3,
  l2: 1e-5,
  seed: SEED,
};
const SENTIMENT_WORDS_OPTIONS = {
  name: 'sentiment-words',
  outputs: [...SENTIMENT_LABELS],
  denseNames: [...SENTIMENT_DENSE_NAMES],
  bits: 16,
  mode: 'softmax' as const,
  epochs: 10,
  learningRate: 0.1,
  l2: 1e-5,
  seed: SEED,
};
const HOSPITAL_SENTIMENT_OPTIONS = {
  name: 'sentiment-hospital-words',
  outputs: [...SENTIMENT_LABELS],
  denseNames: [...INTENT_DENSE_NAMES],
  bits: 16,
  mode: 'softmax' as const,
  epochs: 14,
  learningRate: 0.3,
  l2: 1e-5,
  seed: SEED,
};
const DOMAIN_OPTIONS = {
  name: 'sentiment-domain',
  outputs: ['hospital'],
  denseNames: [...INTENT_DENSE_NAMES],
  bits: 16,
  mode: 'sigmoid' as const,
  epochs: 8,
  learningRate: 0.3,
  l2: 1e-5,
  seed: SEED,
};
const SENTIMENT_COMBINER_OPTIONS = {
  name: 'sentiment-combiner',
  outputs: [...SENTIMENT_LABELS],
  denseNames: [...SENTIMENT_COMBINER_NAMES],
  bits: 0,
  mode: 'softmax' as const,
  epochs: 30,
  learningRate: 0.05,
  l2: 1e-4,
  seed: SEED,
};

interface Prepared {
  lower: string;
  features: number[];
  lexicon: LexiconScore;
}

/** The VADER word list as stored in `sentiment-lexicon.json`. */
export type LexiconFile = ReturnType<typeof buildVaderLexicon>;

export interface TrainedModels {
  lexicon: LexiconFile;
  intent: IntentModelFile;
  sentiment: SentimentModelFile;
}

/**
 * What does not depend on the hospital comments: the prepared tweets and medical-advice lines and
 * the tweet-trained word model. Cross-validation trains five times on the same shared data, so it
 * passes one cache to every call; the results are the same as without it.
 */
export interface TrainCache {
  lexicon?: LexiconFile;
  valences?: Valences;
  medical?: { row: MedicalAdviceRow; prepared: Prepared }[];
  words?: {
    file: LinearModelFile;
    heldBack: { prepared: Prepared; label: string }[];
    generalBias: number[];
  };
}

export interface TrainInput {
  /** The shared data directory (TweetEval, medical-advice set). */
  dataDir: string;
  /** Hospital comments to learn intents and hospital sentiment from (cases, corrections, dev). */
  hospitalRows: readonly HospitalRow[];
  /**
   * How much each hospital comment counts when the intent thresholds are tuned (default 1;
   * training always counts each once). The comments the product will see are closer to the
   * hand-labelled dev set than to the invented cases, so the decisions are calibrated mostly there.
   */
  tuningWeightOf?: (row: HospitalRow) => number;
  cache?: TrainCache;
  log?: (message: string) => void;
}

/**
 * Trains every model from the shared data and the given hospital comments, in memory and
 * deterministically (the same input gives identical files).
 *
 * Held out and never trained on: TweetEval validation, a 10% slice of TweetEval train (tunes the
 * class biases and trains the domain model), 15% of the medical-advice set, and whatever hospital
 * comments the caller leaves out of `hospitalRows`.
 *
 * @example trainModels({ dataDir: '../shared/data', hospitalRows: loadCases() }).intent.thresholds
 */
export function trainModels({
  dataDir,
  hospitalRows,
  tuningWeightOf = () => 1,
  cache = {},
  log = () => undefined,
}: TrainInput): TrainedModels {
  cache.lexicon ??= buildVaderLexicon();
  const lexicon = cache.lexicon;
  cache.valences ??= parseValences(lexicon.entries, EXTRA_VALENCES);
  const valences = cache.valences;
  const prepare = (text: string): Prepared => {
    const lower = lowerSameLength(text);
    const tokens = tokenize(lower.slice(0, MAX_CLASSIFIED_CHARS));
    return { lower, features: featurize(tokens), lexicon: scoreLexicon(tokens, valences) };
  };

  const hospital = hospitalRows.map((row) => ({ row, prepared: prepare(row.text) }));
  const tuningWeights = hospitalRows.map(tuningWeightOf);
  cache.medical ??= loadMedicalAdvice(dataDir)
    .filter((row) => !isMedicalAdviceHoldout(row))
    .map((row) => ({ row, prepared: prepare(row.text) }));
  const medical = cache.medical;
  log(`hospital comments: ${hospital.length}, medical-advice lines: ${medical.length}`);

  const hospitalIntentExamples = hospital.map(({ row, prepared }) => intentExample(row, prepared));
  const medicalExamples: TrainingExample[] = medical.map(({ row, prepared }) => ({
    features: prepared.features,
    dense: intentDense(prepared.lower, prepared.lexicon),
    targets: INTENTS.map((intent) =>
      intent === 'medical_advice_request' ? (row.label ? 1 : 0) : -1,
    ),
    weight: MEDICAL_ADVICE_WEIGHT,
  }));

  // Out-of-fold intent probabilities: honest inputs for threshold tuning and for the sentiment model.
  const outOfFold: number[][] = hospital.map(() => []);
  const fold = hospital.map(({ row }) => splitBucket(`${row.id}|${row.text}`, FOLDS));
  for (let k = 0; k < FOLDS; k++) {
    const training = [
      ...medicalExamples,
      ...hospitalIntentExamples.filter((_, index) => fold[index] !== k),
    ];
    const model = decodeLinearModel(toModelFile(trainLinear(training, INTENT_OPTIONS)));
    hospitalIntentExamples.forEach((example, index) => {
      if (fold[index] === k) {
        outOfFold[index] = predictSigmoid(model, example);
      }
    });
  }
  const thresholds = INTENTS.map((intent, output) =>
    tuneThreshold(
      outOfFold.map((probabilities) => probabilities[output]),
      hospital.map(({ row }) => row.intents.includes(intent)),
      tuningWeights,
    ),
  );
  INTENTS.forEach((intent, output) => {
    const truth = hospital.map(({ row }) => row.intents.includes(intent));
    const predicted = outOfFold.map((probabilities) => probabilities[output] >= thresholds[output]);
    const tp = truth.filter((value, index) => value && predicted[index]).length;
    const f1 =
      (2 * tp) / Math.max(1, truth.filter(Boolean).length + predicted.filter(Boolean).length);
    log(
      `intent ${intent}: threshold ${thresholds[output].toFixed(3)}, out-of-fold F1 ${f1.toFixed(3)}`,
    );
  });

  const intentTrained = trainLinear(
    [...medicalExamples, ...hospitalIntentExamples],
    INTENT_OPTIONS,
  );
  const intentFile: IntentModelFile = { ...toModelFile(intentTrained), thresholds };

  cache.words ??= trainWordModel(dataDir, prepare, log);
  const { file: wordsFile, heldBack, generalBias } = cache.words;
  const wordsModel = decodeLinearModel(wordsFile);

  // The hospital word model, and its out-of-fold logits for the combiner.
  const hospitalSentimentExamples = hospital.map(({ row, prepared }) => ({
    features: prepared.features,
    dense: intentDense(prepared.lower, prepared.lexicon),
    targets: SENTIMENT_LABELS.map((candidate) => (candidate === row.sentiment ? 1 : 0)),
    weight: 1,
  }));
  const hospitalLogitsOutOfFold: Float64Array[] = hospital.map(() => new Float64Array(3));
  for (let k = 0; k < FOLDS; k++) {
    const model = decodeLinearModel(
      toModelFile(
        trainLinear(
          hospitalSentimentExamples.filter((_, index) => fold[index] !== k),
          HOSPITAL_SENTIMENT_OPTIONS,
        ),
      ),
    );
    hospitalSentimentExamples.forEach((example, index) => {
      if (fold[index] === k) {
        hospitalLogitsOutOfFold[index] = scoreLinear(model, example.features, example.dense);
      }
    });
  }
  const hospitalWordsFile = toModelFile(
    trainLinear(hospitalSentimentExamples, HOSPITAL_SENTIMENT_OPTIONS),
  );

  // Domain model: hospital comments against held-back tweets, balanced.
  const domainExamples: TrainingExample[] = [
    ...hospital.map(({ prepared }) => ({
      features: prepared.features,
      dense: intentDense(prepared.lower, prepared.lexicon),
      targets: [1],
      weight: heldBack.length / hospital.length,
    })),
    ...heldBack.map(({ prepared }) => ({
      features: prepared.features,
      dense: intentDense(prepared.lower, prepared.lexicon),
      targets: [0],
      weight: 1,
    })),
  ];
  const domainFile = toModelFile(trainLinear(domainExamples, DOMAIN_OPTIONS));

  const combinerHospital = hospital.map(({ row, prepared }, index) =>
    combinerExample(
      wordsModel,
      hospitalLogitsOutOfFold[index],
      prepared,
      row.sentiment,
      outOfFold[index],
    ),
  );
  log(`combiner examples: ${combinerHospital.length} hospital`);
  const combinerFile = toModelFile(trainLinear(combinerHospital, SENTIMENT_COMBINER_OPTIONS));
  const hospitalBias = tuneClassBias(decodeLinearModel(combinerFile), combinerHospital, 'f1', log);
  log(`sentiment biases: general ${generalBias.join(', ')}; hospital ${hospitalBias.join(', ')}`);
  return {
    lexicon,
    intent: intentFile,
    sentiment: {
      words: wordsFile,
      hospitalWords: hospitalWordsFile,
      domain: domainFile,
      combiner: combinerFile,
      generalBias,
      hospitalBias,
    },
  };
}

/** The tweet-trained word model, and the TweetEval train slice it never saw. */
function trainWordModel(
  dataDir: string,
  prepare: (text: string) => Prepared,
  log: (message: string) => void,
): NonNullable<TrainCache['words']> {
  const tweets = loadTweetEval(dataDir, 'train');
  const classCounts = SENTIMENT_LABELS.map(
    (label) => tweets.filter((tweet) => tweet.label === label).length,
  );
  // Balanced class weights: the TweetEval metric is macro-averaged recall and negatives are rare.
  const balance = (label: string): number =>
    tweets.length /
    (3 * classCounts[SENTIMENT_LABELS.indexOf(label as (typeof SENTIMENT_LABELS)[number])]);
  const wordExamples: TrainingExample[] = [];
  const heldBack: { prepared: Prepared; label: string }[] = [];
  for (const tweet of tweets) {
    const prepared = prepare(tweet.text);
    if (isSentimentCombinerSlice(tweet)) {
      heldBack.push({ prepared, label: tweet.label });
    } else {
      wordExamples.push({
        features: prepared.features,
        dense: sentimentDense(prepared.lexicon),
        targets: SENTIMENT_LABELS.map((candidate) => (candidate === tweet.label ? 1 : 0)),
        weight: balance(tweet.label),
      });
    }
  }
  log(`word-level sentiment examples: ${wordExamples.length}`);
  const file = toModelFile(trainLinear(wordExamples, SENTIMENT_WORDS_OPTIONS));
  const generalBias = tuneClassBias(
    decodeLinearModel(file),
    heldBack.map(({ prepared, label }) => ({
      features: prepared.features,
      dense: sentimentDense(prepared.lexicon),
      targets: SENTIMENT_LABELS.map((candidate) => (candidate === label ? 1 : 0)),
      weight: 1,
    })),
    'recall',
    log,
  );
  return { file, heldBack, generalBias };
}

function intentExample(row: HospitalRow, prepared: Prepared): TrainingExample {
  return {
    features: prepared.features,
    dense: intentDense(prepared.lower, prepared.lexicon),
    targets: INTENTS.map((intent) => (row.intents.includes(intent) ? 1 : 0)),
    weight: 1,
  };
}

function combinerExample(
  wordsModel: LinearModel,
  hospitalLogits: ArrayLike<number>,
  prepared: Prepared,
  label: string,
  intentProbabilities: readonly number[],
): TrainingExample {
  const wordLogits = scoreLinear(wordsModel, prepared.features, sentimentDense(prepared.lexicon));
  return {
    features: [],
    dense: combinerInputs(
      wordLogits,
      hospitalLogits,
      prepared.lexicon,
      intentProbabilities,
      prepared.lower,
    ),
    targets: SENTIMENT_LABELS.map((candidate) => (candidate === label ? 1 : 0)),
    weight: 1,
  };
}

function predictSigmoid(model: LinearModel, example: TrainingExample): number[] {
  return Array.from(
    scoreLinear(model, example.features, example.dense),
    (logit) => 1 / (1 + Math.exp(-logit)),
  );
}

/**
 * The threshold with the best F1 on out-of-fold probabilities, where each candidate is scored by
 * the mean F1 of its neighbourhood (±0.05): a few hundred comments make the F1 curve jagged, and
 * a lone spike does not generalise. The search stays within [0.2, 0.8].
 */
function tuneThreshold(
  probabilities: readonly number[],
  truth: readonly boolean[],
  weights: readonly number[],
): number {
  const f1At = (threshold: number): number => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    probabilities.forEach((probability, index) => {
      const predicted = probability >= threshold;
      if (predicted && truth[index]) truePositives += weights[index];
      else if (predicted) falsePositives += weights[index];
      else if (truth[index]) falseNegatives += weights[index];
    });
    return (2 * truePositives) / Math.max(1, 2 * truePositives + falsePositives + falseNegatives);
  };
  let best = { score: -1, threshold: 0.5 };
  for (let step = 8; step <= 32; step++) {
    const threshold = step / 40;
    const score = (f1At(threshold - 0.05) + f1At(threshold) + f1At(threshold + 0.05)) / 3;
    if (score > best.score + 1e-9) {
      best = { score, threshold };
    }
  }
  return best.threshold;
}

/**
 * Class biases added to a model's logits: for tweets they maximise macro-averaged recall (the
 * TweetEval metric), for hospital comments macro F1 (the product metric). The grid is coarse and
 * bounded, so a handful of comments cannot pull the biases far.
 */
function tuneClassBias(
  model: LinearModel,
  examples: readonly TrainingExample[],
  metric: 'recall' | 'f1',
  log: (message: string) => void,
): number[] {
  const scored = {
    logits: examples.map((example) => scoreLinear(model, example.features, example.dense)),
    truth: examples.map((example) => example.targets.indexOf(1)),
    weights: examples.map((example) => example.weight),
  };
  let best = { value: -1, bias: [0, 0, 0] };
  const range = metric === 'recall' ? 2 : 0.5;
  for (let negative = -range; negative <= range + 0.001; negative += 0.05) {
    for (let positive = -range; positive <= range + 0.001; positive += 0.05) {
      const bias = [negative, 0, positive];
      const value = macroScores(scored, bias)[metric];
      if (value > best.value + 1e-9) {
        best = { value, bias: bias.map((entry) => Math.round(entry * 100) / 100) };
      }
    }
  }
  log(`class bias for macro ${metric}: ${best.value.toFixed(4)}`);
  return best.bias;
}

function macroScores(
  scored: { logits: Float64Array[]; truth: number[]; weights: number[] },
  bias: readonly number[],
): { recall: number; f1: number } {
  const hits = [0, 0, 0];
  const totals = [0, 0, 0];
  const predictedTotals = [0, 0, 0];
  scored.logits.forEach((scores, index) => {
    let predicted = 0;
    for (let output = 1; output < 3; output++) {
      if (scores[output] + bias[output] > scores[predicted] + bias[predicted]) {
        predicted = output;
      }
    }
    const weight = scored.weights[index];
    totals[scored.truth[index]] += weight;
    predictedTotals[predicted] += weight;
    if (predicted === scored.truth[index]) hits[predicted] += weight;
  });
  let recall = 0;
  let f1 = 0;
  for (let output = 0; output < 3; output++) {
    const classRecall = hits[output] / Math.max(1, totals[output]);
    const classPrecision = hits[output] / Math.max(1, predictedTotals[output]);
    recall += classRecall / 3;
    f1 +=
      (classRecall + classPrecision === 0
        ? 0
        : (2 * classRecall * classPrecision) / (classRecall + classPrecision)) / 3;
  }
  return { recall, f1 };
}
