import { INTENTS, SENTIMENT_LABELS } from '@bedside/domain';

import { hashString } from './features/hash';
import {
  INTENT_DENSE_NAMES,
  SENTIMENT_COMBINER_NAMES,
  SENTIMENT_DENSE_NAMES,
} from './features/intent-features';
import {
  decodeLinearModel,
  type FusedLinearModels,
  fuseLinearModels,
  type LinearModel,
  type LinearModelFile,
} from './features/linear-model';
import { parseValences, type Valences } from './lexicon/score-lexicon';
import { EXTRA_VALENCES } from './lexicon/sentiment-extras';
import intentModelFile from './models/intent-model.json' with { type: 'json' };
import sentimentLexiconFile from './models/sentiment-lexicon.json' with { type: 'json' };
import sentimentModelFile from './models/sentiment-model.json' with { type: 'json' };

/**
 * Bump when a rule (cue lists, thresholds in code) changes what the engine outputs, so stored
 * results can be told apart even when the model files did not change.
 */
export const RULES_VERSION = 2;

export interface IntentModelFile extends LinearModelFile {
  /** Decision threshold on the probability of each output, tuned on cross-validated data. */
  thresholds: number[];
}

/**
 * Sentiment as a mixture of two experts. `domain` tells comments written to a hospital from
 * general social posts. General posts are scored by `words` (hashed words, trained on tweets).
 * Hospital comments are scored by `combiner`, a small dense softmax over the logits of `words`
 * and of `hospitalWords` (same features plus intent cue counts, trained on hospital comments), the
 * lexicon and the intent probabilities; hospital conventions differ (a calm question is neutral,
 * praise-shaped sarcasm is negative), and the hospital data is far smaller than the tweets.
 */
export interface SentimentModelFile {
  words: LinearModelFile;
  hospitalWords: LinearModelFile;
  domain: LinearModelFile;
  combiner: LinearModelFile;
  /** Added to the logits of `words` before the arg-max; tuned for macro-averaged recall. */
  generalBias: number[];
  /** Added to the logits of `combiner` before the arg-max; tuned for macro F1. */
  hospitalBias: number[];
}

export interface TriageModels {
  sentimentWords: LinearModel;
  sentimentHospitalWords: LinearModel;
  sentimentCombiner: LinearModel;
  sentimentDomain: LinearModel;
  sentimentGeneralBias: readonly number[];
  sentimentHospitalBias: readonly number[];
  intents: LinearModel;
  intentThresholds: readonly number[];
  /**
   * The sparse weights of `intents`, `sentimentWords`, `sentimentHospitalWords` and
   * `sentimentDomain` in one table (in that order), summed once per comment by `buildContext`.
   */
  sparse: FusedLinearModels;
  valences: Valences;
  version: string;
}

/** The stored files a set of models is decoded from (the committed ones, or freshly trained). */
export interface TriageModelFiles {
  intent: IntentModelFile;
  sentiment: SentimentModelFile;
  /** `word<TAB>valence` lines. */
  lexiconEntries: string;
}

let loaded: TriageModels | undefined;

/**
 * The decoded models, built on first use and shared afterwards. Decoding checks that each file
 * matches what this code expects (outputs and dense features), so a stale model fails loudly.
 *
 * @example getModels().intents.outputs // -> ['medical_advice_request', 'emergency', ...]
 */
export function getModels(): TriageModels {
  loaded ??= createModels({
    intent: intentModelFile,
    sentiment: sentimentModelFile,
    lexiconEntries: sentimentLexiconFile.entries,
  });
  return loaded;
}

/**
 * Decodes a set of model files. `triage(text, { models })` runs on models other than the committed
 * ones: cross-validation trains them in memory and scores each fold with its own set.
 *
 * @example createModels({ intent, sentiment, lexiconEntries }).intentThresholds // -> [0.6, 0.2, ...]
 */
export function createModels({
  intent: intentFile,
  sentiment: sentimentFile,
  lexiconEntries,
}: TriageModelFiles): TriageModels {
  checkShape(sentimentFile.words, SENTIMENT_LABELS, SENTIMENT_DENSE_NAMES);
  checkShape(sentimentFile.hospitalWords, SENTIMENT_LABELS, INTENT_DENSE_NAMES);
  checkShape(sentimentFile.domain, ['hospital'], INTENT_DENSE_NAMES);
  checkShape(sentimentFile.combiner, SENTIMENT_LABELS, SENTIMENT_COMBINER_NAMES);
  checkShape(intentFile, INTENTS, INTENT_DENSE_NAMES);
  const intents = decodeLinearModel(intentFile);
  const sentimentWords = decodeLinearModel(sentimentFile.words);
  const sentimentHospitalWords = decodeLinearModel(sentimentFile.hospitalWords);
  const sentimentDomain = decodeLinearModel(sentimentFile.domain);
  return {
    sentimentWords,
    sentimentHospitalWords,
    sentimentCombiner: decodeLinearModel(sentimentFile.combiner),
    sentimentDomain,
    sentimentGeneralBias: sentimentFile.generalBias,
    sentimentHospitalBias: sentimentFile.hospitalBias,
    intents,
    intentThresholds: intentFile.thresholds,
    sparse: fuseLinearModels([intents, sentimentWords, sentimentHospitalWords, sentimentDomain]),
    valences: parseValences(lexiconEntries, EXTRA_VALENCES),
    version: computeVersion(
      [
        sentimentFile.words,
        sentimentFile.hospitalWords,
        sentimentFile.domain,
        sentimentFile.combiner,
        intentFile,
      ],
      `${lexiconEntries}|${sentimentFile.generalBias.join()}|${sentimentFile.hospitalBias.join()}`,
    ),
  };
}

function checkShape(
  file: LinearModelFile,
  outputs: readonly string[],
  denseNames: readonly string[],
): void {
  if (file.outputs.join() !== outputs.join() || file.denseNames.join() !== denseNames.join()) {
    throw new Error(`Model ${file.name} does not match this version of @bedside/triage`);
  }
}

/** A short hash of everything that decides the output: weights, thresholds, lexicon, rules. */
function computeVersion(files: readonly LinearModelFile[], lexicon: string): string {
  let hash = RULES_VERSION;
  for (const file of files) {
    const { weights, ...rest } = file;
    hash = hashString(weights, hash);
    hash = hashString(JSON.stringify(rest), hash);
  }
  hash = hashString(lexicon, hash);
  return `triage-${RULES_VERSION}.${hash.toString(16).padStart(8, '0')}`;
}
