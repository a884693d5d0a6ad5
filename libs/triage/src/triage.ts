import { buildContext } from './build-context';
import { classifyIntents } from './phases/classify-intents';
import { classifySentiment } from './phases/classify-sentiment';
import { detectCrisis } from './phases/detect-crisis';
import { detectLanguage } from './phases/detect-language';
import { detectPhi } from './phases/detect-phi';
import { scoreIntents } from './phases/score-intents';
import { scoreUrgency } from './phases/score-urgency';
import type {
  TriageContext,
  TriageDraft,
  TriageOptions,
  TriagePhase,
  TriageReasons,
  TriageResult,
} from './triage.types';

/**
 * The phases in the order they run. Order matters only where a phase reads an earlier result:
 * 1. language and 2. PHI read nothing but the context;
 * 3. intent scores (the model) come before 4. crisis rules, which may lean on them;
 * 5. intent decisions need both; 6. sentiment reads the intent scores (hospital conventions:
 *    a calm question is neutral); 7. urgency reads the final intents and the PHI spans.
 */
export const TRIAGE_PHASES: readonly TriagePhase[] = [
  detectLanguage,
  detectPhi,
  scoreIntents,
  detectCrisis,
  classifyIntents,
  classifySentiment,
  scoreUrgency,
];

/**
 * Runs phases in order over one context, merging each partial result into the draft: later
 * fields replace earlier ones, and reasons are merged per label.
 *
 * @example runPhases(buildContext('lol'), [detectLanguage]) // -> { language: 'en', reasons: {} }
 */
export function runPhases(context: TriageContext, phases: readonly TriagePhase[]): TriageDraft {
  const draft: TriageDraft = { reasons: {} };
  for (const phase of phases) {
    const partial = phase(context, draft);
    const reasons = draft.reasons;
    Object.assign(draft, partial);
    draft.reasons = partial.reasons ? mergeReasons(reasons, partial.reasons) : reasons;
  }
  return draft;
}

/**
 * Triage of one comment: sentiment, intents, urgency, PHI spans, the reasons behind each label,
 * the language, and the version of the models that produced it. Synchronous, deterministic and
 * free of I/O; any string is accepted, including empty, emoji-only or 50,000-character input.
 *
 * @example triage('my dad has chest pain right now, 911 or drive?', { channel: 'facebook' })
 *   // -> { urgency: 'critical', intents: [{label:'medical_advice_request',...}, {label:'emergency',...}], ... }
 */
export function triage(text: string, options: TriageOptions = {}): TriageResult {
  const context = buildContext(
    typeof text === 'string' ? text : '',
    options.channel,
    options.models,
  );
  const draft = runPhases(context, TRIAGE_PHASES);
  return {
    sentiment: draft.sentiment ?? { label: 'neutral', score: 0 },
    intents: [...(draft.intents ?? [])],
    urgency: draft.urgency ?? 'low',
    phi: (draft.phi ?? []).map(({ type, start, end }) => ({ type, start, end })),
    reasons: draft.reasons ?? {},
    language: draft.language ?? 'und',
    modelVersion: context.models.version,
  };
}

/** At most this many cues per label reach the tooltip. */
const MAX_CUES_PER_LABEL = 5;

function mergeReasons(before: TriageReasons | undefined, added: TriageReasons): TriageReasons {
  const merged: TriageReasons = { ...before };
  for (const label of Object.keys(added)) {
    const existing = merged[label];
    const cues = existing
      ? [...existing, ...added[label].filter((cue) => !existing.includes(cue))]
      : added[label];
    merged[label] = cues.length > MAX_CUES_PER_LABEL ? cues.slice(0, MAX_CUES_PER_LABEL) : cues;
  }
  return merged;
}
