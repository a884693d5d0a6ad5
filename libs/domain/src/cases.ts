import { type Intent, type Urgency, urgencyRank } from './vocabulary';

/**
 * Escalation cases: a comment (or several, from the same person on several channels) handed to a
 * hospital team with an owner, a deadline and a timeline. The rules live here so the API, the CLI
 * and the dashboard agree on them.
 */

export const CASE_CATEGORIES = [
  'patient_complaint',
  'nurse_line_question',
  'emergency_safety',
  'privacy_incident',
  'media_legal',
  'other',
] as const;
export type CaseCategory = (typeof CASE_CATEGORIES)[number];

export const CASE_CATEGORY_LABELS: Record<CaseCategory, string> = {
  patient_complaint: 'Patient complaint',
  nurse_line_question: 'Medical question for the nurse line',
  emergency_safety: 'Emergency or safety',
  privacy_incident: 'Privacy incident',
  media_legal: 'Media or legal',
  other: 'Other',
};

export const CASE_TEAMS = [
  'patient_relations',
  'nursing',
  'risk_compliance',
  'communications',
] as const;
export type CaseTeam = (typeof CASE_TEAMS)[number];

export const CASE_TEAM_LABELS: Record<CaseTeam, string> = {
  patient_relations: 'Patient relations',
  nursing: 'Nursing',
  risk_compliance: 'Risk and compliance',
  communications: 'Communications',
};

export const CASE_STATUSES = ['open', 'in_progress', 'resolved', 'reopened'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  resolved: 'Resolved',
  reopened: 'Reopened',
};

/** Statuses of a case someone still has to work on. */
export const ACTIVE_CASE_STATUSES: readonly CaseStatus[] = ['open', 'in_progress', 'reopened'];

/**
 * Where a case may go from each status. A case is started before it is resolved, so every
 * resolution has someone who worked it; a resolved case only comes back by being reopened.
 */
export const CASE_TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  open: ['in_progress'],
  in_progress: ['resolved'],
  resolved: ['reopened'],
  reopened: ['in_progress', 'resolved'],
};

/** The longest resolution note or case note accepted, in characters. */
export const MAX_CASE_NOTE_LENGTH = 4000;

/** The longest case title accepted, in characters. */
export const MAX_CASE_TITLE_LENGTH = 200;

/** Case numbers start here, so every case reads as a four-digit "C-1001" from the first one. */
export const FIRST_CASE_NUMBER = 1001;

export type CaseTransitionCheck = { ok: true } | { ok: false; reason: string };

/**
 * Whether a case may move from `from` to `to`; resolving needs a resolution note that says what
 * was done. The reason is safe to show a user.
 *
 * @example checkCaseTransition('in_progress', 'resolved', 'Called the patient back') // { ok: true }
 */
export function checkCaseTransition(
  from: CaseStatus,
  to: CaseStatus,
  resolutionNote?: string | null,
): CaseTransitionCheck {
  if (from === to) {
    return { ok: false, reason: `The case is already ${CASE_STATUS_LABELS[to].toLowerCase()}.` };
  }
  if (!CASE_TRANSITIONS[from].includes(to)) {
    const allowed = CASE_TRANSITIONS[from]
      .map((status) => CASE_STATUS_LABELS[status].toLowerCase())
      .join(' or ');
    return {
      ok: false,
      reason: `A case that is ${CASE_STATUS_LABELS[from].toLowerCase()} cannot become ${CASE_STATUS_LABELS[to].toLowerCase()}; it can become ${allowed}.`,
    };
  }
  if (to === 'resolved' && !resolutionNote?.trim()) {
    return { ok: false, reason: 'Write a resolution note that says how the case was resolved.' };
  }
  return { ok: true };
}

/** The statuses a case may move to next. */
export function nextCaseStatuses(from: CaseStatus): readonly CaseStatus[] {
  return CASE_TRANSITIONS[from];
}

/**
 * A case is as urgent as its most urgent comment. Comments not triaged yet count as `normal`,
 * so a case always has a priority and an SLA.
 *
 * @example casePriority(['low', 'high', null]) // 'high'
 */
export function casePriority(urgencies: readonly (Urgency | null | undefined)[]): Urgency {
  const known = urgencies.filter((urgency): urgency is Urgency => urgency != null);
  if (known.length === 0) {
    return 'normal';
  }
  return known.reduce((best, urgency) =>
    urgencyRank(urgency) < urgencyRank(best) ? urgency : best,
  );
}

export interface CaseSuggestion {
  category: CaseCategory;
  team: CaseTeam;
}

/**
 * The category and team a case most likely needs, from what triage found in the comment; the
 * person escalating can change both. Danger first (emergency and self-harm go to risk and
 * compliance), then clinical questions (the nurse line), then complaints (patient relations).
 * PHI alone suggests a privacy incident: someone has exposed a patient's details in public. PHI
 * inside a complaint stays a complaint, since people often share their own details when they
 * complain, which is not an incident by itself.
 *
 * @example suggestCase({ intents: ['complaint'], hasPhi: true }) // patient_complaint, patient_relations
 */
export function suggestCase(input: {
  intents: readonly Intent[];
  hasPhi: boolean;
}): CaseSuggestion {
  const has = (intent: Intent) => input.intents.includes(intent);
  if (has('emergency') || has('self_harm')) {
    return { category: 'emergency_safety', team: 'risk_compliance' };
  }
  if (has('medical_advice_request')) {
    return { category: 'nurse_line_question', team: 'nursing' };
  }
  if (has('complaint')) {
    return { category: 'patient_complaint', team: 'patient_relations' };
  }
  if (input.hasPhi) {
    return { category: 'privacy_incident', team: 'risk_compliance' };
  }
  if (has('misinformation')) {
    return { category: 'media_legal', team: 'communications' };
  }
  return { category: 'other', team: 'communications' };
}

/** How a case number is shown and searched: `C-1001`. */
export function formatCaseNumber(number: number): string {
  return `C-${number}`;
}

/**
 * The case number in what someone typed: `C-1001`, `c1001`, `#1001` or `1001`; null otherwise.
 *
 * @example parseCaseNumber(' c-1001 ') // 1001
 */
export function parseCaseNumber(text: string): number | null {
  const match = /^\s*(?:c\s*-?\s*|#)?(\d{1,9})\s*$/i.exec(text);
  return match ? Number(match[1]) : null;
}

export function isCaseCategory(value: unknown): value is CaseCategory {
  return typeof value === 'string' && (CASE_CATEGORIES as readonly string[]).includes(value);
}

export function isCaseTeam(value: unknown): value is CaseTeam {
  return typeof value === 'string' && (CASE_TEAMS as readonly string[]).includes(value);
}

export function isCaseStatus(value: unknown): value is CaseStatus {
  return typeof value === 'string' && (CASE_STATUSES as readonly string[]).includes(value);
}
