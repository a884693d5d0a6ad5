export { buildContext, MAX_CLASSIFIED_CHARS } from './build-context';
export type { TriageModelFiles, TriageModels } from './model-registry';
export { createModels, getModels, RULES_VERSION } from './model-registry';
export { classifyIntents } from './phases/classify-intents';
export { classifySentiment } from './phases/classify-sentiment';
export { detectCrisis } from './phases/detect-crisis';
export { detectLanguage } from './phases/detect-language';
export { detectPhi, isPhiExposure } from './phases/detect-phi';
export { scoreIntents } from './phases/score-intents';
export { scoreUrgency } from './phases/score-urgency';
export { runPhases, triage, TRIAGE_PHASES } from './triage';
export type {
  DetectedPhi,
  IntentScore,
  Language,
  PersonRole,
  SentimentScore,
  TriageContext,
  TriageDraft,
  TriageOptions,
  TriagePhase,
  TriageReasons,
  TriageResult,
} from './triage.types';
export type { TriageJsonLine, TriageJsonLineError } from './triage-json-line';
export { triageJsonLine } from './triage-json-line';
