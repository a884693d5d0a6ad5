/**
 * `npm run train [-- --data DIR]`: trains the intent and sentiment models from the shared data
 * (default `../shared/data`) and the invented cases in `tools/triage/data`, and writes them to
 * `libs/triage/src/models/`. Deterministic: the same data gives byte-identical files.
 *
 * Held out and never trained on: TweetEval validation, a 5% slice of TweetEval train (tunes the
 * class biases), 15% of the medical-advice set, and one in three dev comments (`lib/splits.ts`).
 */
import './register-paths';

import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { INTENTS, SENTIMENT_LABELS } from '@bedside/domain';
import prettier from 'prettier';

import { featurize } from '../../libs/triage/src/features/featurize';
import {
  combinerInputs,
  INTENT_DENSE_NAMES,
  intentDense,
  SENTIMENT_COMBINER_NAMES,
  SENTIMENT_DENSE_NAMES,
  sentimentDense,
} from '../../libs/triage/src/features/intent-features';
import { MAX_CLASSIFIED_CHARS } from '../../libs/triage/src/features/limits';
import {
  decodeLinearModel,
  type LinearModel,
  scoreLinear,
} from '../../libs/triage/src/features/linear-model';
import { tokenize } from '../../libs/triage/src/features/tokenize';
import {
  type LexiconScore,
  parseValences,
  scoreLexicon,
} from '../../libs/triage/src/lexicon/score-lexicon';
import { EXTRA_VALENCES } from '../../libs/triage/src/lexicon/sentiment-extras';
import type { IntentModelFile, SentimentModelFile } from '../../libs/triage/src/model-registry';
import { lowerSameLength } from '../../libs/triage/src/phases/detect-phi';
import { loadCases, loadCorrections } from './lib/cases';
import {
  type HospitalRow,
  loadHospitalDev,
  loadMedicalAdvice,
  loadTweetEval,
  resolveDataDir,
} from './lib/data';
import { buildVaderLexicon } from './lib/lexicon';
import { splitBucket } from './lib/random';
import { isDevHoldout, isMedicalAdviceHoldout, isSentimentCombinerSlice } from './lib/splits';
import { toModelFile, type TrainingExample, trainLinear } from './lib/train-linear';
import { REPO_ROOT } from './register-paths';

const MODELS_DIR = path.join(REPO_ROOT, 'libs', 'triage', 'src', 'models');
const FOLDS = 5;
const SEED = 20240611;
const MEDICAL_ADVICE_WEIGHT = 0.5;

const INTENT_OPTIONS = {
  name: 'intents',
  outputs: [...INTENTS],
  denseNames: [...INTENT_DENSE_NAMES],
  bits: 15,
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

async function main(): Promise<void> {
  const started = Date.now();
  const dataDir = resolveDataDir(process.argv.slice(2));
  const lexicon = buildVaderLexicon();
  await writeJson('sentiment-lexicon.json', lexicon);
  const valences = parseValences(lexicon.entries, EXTRA_VALENCES);
  const prepare = (text: string): Prepared => {
    const lower = lowerSameLength(text);
    const tokens = tokenize(lower.slice(0, MAX_CLASSIFIED_CHARS));
    return { lower, features: featurize(tokens), lexicon: scoreLexicon(tokens, valences) };
  };

  const dev = loadHospitalDev(dataDir);
  const corrections = loadCorrections();
  if (corrections.length > 0) {
    console.log(`Learning from ${corrections.length} comments the team corrected in Bedside.`);
  }
  const hospitalRows = [...loadCases(), ...corrections, ...dev.filter((row) => !isDevHoldout(row))];
  const hospital = hospitalRows.map((row) => ({ row, prepared: prepare(row.text) }));
  const medical = loadMedicalAdvice(dataDir)
    .filter((row) => !isMedicalAdviceHoldout(row))
    .map((row) => ({ row, prepared: prepare(row.text) }));
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
  await writeJson('intent-model.json', intentFile);

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
  const wordsFile = toModelFile(trainLinear(wordExamples, SENTIMENT_WORDS_OPTIONS));
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

  const generalBias = tuneClassBias(
    wordsModel,
    heldBack.map(({ prepared, label }) => ({
      features: prepared.features,
      dense: sentimentDense(prepared.lexicon),
      targets: SENTIMENT_LABELS.map((candidate) => (candidate === label ? 1 : 0)),
      weight: 1,
    })),
    'recall',
  );
  const combinerHospital = hospital.map(({ row, prepared }, index) =>
    combinerExample(
      wordsModel,
      hospitalLogitsOutOfFold[index],
      prepared,
      row.sentiment,
      outOfFold[index],
      1,
    ),
  );
  log(`combiner examples: ${combinerHospital.length} hospital`);
  const combinerFile = toModelFile(trainLinear(combinerHospital, SENTIMENT_COMBINER_OPTIONS));
  const hospitalBias = tuneClassBias(decodeLinearModel(combinerFile), combinerHospital, 'f1');
  log(`sentiment biases: general ${generalBias.join(', ')}; hospital ${hospitalBias.join(', ')}`);
  const sentimentOut: SentimentModelFile = {
    words: wordsFile,
    hospitalWords: hospitalWordsFile,
    domain: domainFile,
    combiner: combinerFile,
    generalBias,
    hospitalBias,
  };
  await writeJson('sentiment-model.json', sentimentOut);
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function intentExample(row: HospitalRow | null, prepared: Prepared): TrainingExample {
  return {
    features: prepared.features,
    dense: intentDense(prepared.lower, prepared.lexicon),
    targets: INTENTS.map((intent) => (row?.intents.includes(intent) ? 1 : 0)),
    weight: 1,
  };
}

function combinerExample(
  wordsModel: LinearModel,
  hospitalLogits: ArrayLike<number>,
  prepared: Prepared,
  label: string,
  intentProbabilities: readonly number[],
  weight: number,
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
    weight,
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
function tuneThreshold(probabilities: readonly number[], truth: readonly boolean[]): number {
  const f1At = (threshold: number): number => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    probabilities.forEach((probability, index) => {
      const predicted = probability >= threshold;
      if (predicted && truth[index]) truePositives++;
      else if (predicted) falsePositives++;
      else if (truth[index]) falseNegatives++;
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
): number[] {
  const scored = {
    logits: examples.map((example) => scoreLinear(model, example.features, example.dense)),
    truth: examples.map((example) => example.targets.indexOf(1)),
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
  scored: { logits: Float64Array[]; truth: number[] },
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
    totals[scored.truth[index]]++;
    predictedTotals[predicted]++;
    if (predicted === scored.truth[index]) hits[predicted]++;
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

async function writeJson(file: string, value: unknown): Promise<void> {
  const target = path.join(MODELS_DIR, file);
  // Formatted like every other file, so `prettier --check` stays clean after a retrain.
  const options = (await prettier.resolveConfig(target)) ?? {};
  writeFileSync(
    target,
    await prettier.format(JSON.stringify(value), { ...options, parser: 'json' }),
  );
  log(`wrote libs/triage/src/models/${file} (${(statSync(target).size / 1024).toFixed(0)} KB)`);
}

function log(message: string): void {
  console.log(`[train] ${message}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
