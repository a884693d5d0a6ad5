import type {
  ChannelKind,
  Intent,
  PhiSpan,
  PhiType,
  SentimentLabel,
  Urgency,
} from '@bedside/domain';

import type { Word } from './features/words';
import type { PatternHits } from './lexicon/pattern-gate';
import type { LexiconScore } from './lexicon/score-lexicon';
import type { TriageModels } from './model-registry';

/** Languages the engine tells apart; `und` when there is too little text to say. */
export type Language = 'en' | 'es' | 'und';

export interface TriageOptions {
  channel?: ChannelKind;
  /**
   * The models to triage with; the committed ones (`getModels()`) when omitted. Evaluation passes
   * models it trained in memory (`createModels`), e.g. one set per cross-validation fold.
   */
  models?: TriageModels;
}

export interface IntentScore {
  label: Intent;
  /** Calibrated-ish probability in [0, 1]; crisis rules report 1. */
  confidence: number;
}

export interface SentimentScore {
  label: SentimentLabel;
  /** Positive minus negative probability, in [-1, 1]. */
  score: number;
}

/**
 * Why each label was given: keyed by label name (`sentiment`, an intent, `urgency`, a PHI type),
 * a handful of short cue strings for a UI tooltip. Never contains the PHI itself.
 */
export type TriageReasons = Record<string, string[]>;

export interface TriageResult {
  sentiment: SentimentScore;
  intents: IntentScore[];
  urgency: Urgency;
  phi: PhiSpan[];
  reasons: TriageReasons;
  language: Language;
  modelVersion: string;
}

/**
 * What every phase reads. Built once per comment by `buildContext`; phases never change it.
 * `lower`, `tokens` and `features` cover at most the first `MAX_CLASSIFIED_CHARS` characters.
 */
export interface TriageContext {
  readonly text: string;
  readonly lower: string;
  readonly tokens: readonly string[];
  /** The `Word` of each token: its hashes and the word lists it is on. */
  readonly words: readonly Word[];
  /** `hashWord` of each token. */
  readonly wordHashes: readonly number[];
  /** `featurize(tokens)`, listed on first read. */
  readonly features: readonly number[];
  /** `features.length`. */
  readonly featureCount: number;
  readonly channel: ChannelKind | undefined;
  /** The sentiment word-list score of the classified window. */
  readonly lexicon: LexiconScore;
  /** Dense cue features of the classified window (`INTENT_DENSE_NAMES` order). */
  readonly cueFeatures: readonly number[];
  /** The models every learned phase reads. */
  readonly models: TriageModels;
  /** Integer sums of `features` over `models.sparse` (every linear model's sparse part at once). */
  readonly sparseSums: Int32Array;
  /** Where the cue patterns' literals occur in `lower` (`scanPatterns`): which cannot match. */
  readonly patternHits: PatternHits;
}

/** Who a detected name belongs to, as far as the cue tells: it decides PHI exposure. */
export type PersonRole = 'staff' | 'private' | 'unknown';

export interface DetectedPhi extends PhiSpan {
  /** Names only. */
  role?: PersonRole;
  cue: string;
}

/** Everything a phase may contribute. The composer merges these in phase order. */
export interface TriageDraft {
  language?: Language;
  phi?: readonly DetectedPhi[];
  /** Scores of every intent before thresholds (the sentiment phase reads them). */
  intentScores?: Readonly<Record<Intent, number>>;
  /** Emergency and self-harm decisions of the crisis rules (phase 4). */
  crisis?: { emergency: boolean; selfHarm: boolean };
  /** The comment threatens someone (phase 5); urgency reads it. */
  isThreat?: boolean;
  intents?: readonly IntentScore[];
  sentiment?: SentimentScore;
  urgency?: Urgency;
  reasons?: TriageReasons;
}

/** A phase: a pure function of the context and the results of the phases before it. */
export type TriagePhase = (context: TriageContext, draft: Readonly<TriageDraft>) => TriageDraft;

export type { ChannelKind, Intent, PhiSpan, PhiType, SentimentLabel, Urgency };
