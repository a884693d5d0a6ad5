import {
  type Intent,
  INTENT_LABELS,
  INTENTS,
  type SentimentLabel,
  type Urgency,
} from '@bedside/domain';

import type { CorrectTriageInput } from '../../../gql/graphql';
import { SENTIMENT_LABELS_TEXT, URGENCY_LABELS } from '../../../ui/labels';
import { toGraphqlValue } from '../../../ui/vocabulary';

/** The three labels a person can correct, in the domain's lower_snake spelling. */
export interface TriageLabels {
  sentiment: SentimentLabel | null;
  intents: readonly Intent[];
  urgency: Urgency | null;
}

export type CorrectableField = 'sentiment' | 'intents' | 'urgency';

export const CORRECTABLE_FIELD_LABELS: Record<CorrectableField, string> = {
  sentiment: 'Sentiment',
  intents: 'Intents',
  urgency: 'Urgency',
};

/** The same intents in the registry's order, so two lists compare (and read) alike. */
export function sortIntents(intents: Iterable<Intent>): Intent[] {
  const chosen = new Set(intents);
  return INTENTS.filter((intent) => chosen.has(intent));
}

function sameIntents(a: readonly Intent[], b: readonly Intent[]): boolean {
  const left = sortIntents(a);
  const right = sortIntents(b);
  return left.length === right.length && left.every((intent, index) => intent === right[index]);
}

/** What to send: only the labels that differ from the current ones (empty when none do). */
export function changedLabels(
  current: TriageLabels,
  next: TriageLabels,
): Omit<CorrectTriageInput, 'commentId'> {
  const changes: Omit<CorrectTriageInput, 'commentId'> = {};
  if (next.sentiment !== null && next.sentiment !== current.sentiment) {
    changes.sentiment = toGraphqlValue(next.sentiment);
  }
  if (!sameIntents(current.intents, next.intents)) {
    changes.intents = sortIntents(next.intents).map((intent) => toGraphqlValue(intent));
  }
  if (next.urgency !== null && next.urgency !== current.urgency) {
    changes.urgency = toGraphqlValue(next.urgency);
  }
  return changes;
}

export function hasChanges(changes: Omit<CorrectTriageInput, 'commentId'>): boolean {
  return Object.keys(changes).length > 0;
}

export interface CorrectionLike {
  field: string;
  correctedBy?: string | null;
  correctedAt: string;
}

/** The latest correction of each field (corrections come oldest first). */
export function latestCorrectionByField<Correction extends CorrectionLike>(
  corrections: readonly Correction[],
): Partial<Record<CorrectableField, Correction>> {
  const latest: Partial<Record<CorrectableField, Correction>> = {};
  for (const correction of corrections) {
    if (isCorrectableField(correction.field)) {
      latest[correction.field] = correction;
    }
  }
  return latest;
}

export function isCorrectableField(field: string): field is CorrectableField {
  return field === 'sentiment' || field === 'intents' || field === 'urgency';
}

/** Who corrected a label; the server keeps the label but not the name of a deleted account. */
export function correctorName(correctedBy: string | null | undefined): string {
  return correctedBy ?? 'a former team member';
}

const VALUE_LABELS: Record<string, string> = {
  ...SENTIMENT_LABELS_TEXT,
  ...URGENCY_LABELS,
  ...INTENT_LABELS,
};

/** "High", "Medical advice, Complaint" or "none": a stored label list as a person reads it. */
export function describeLabelValues(values: readonly string[]): string {
  if (values.length === 0) {
    return 'none';
  }
  return values.map((value) => VALUE_LABELS[value] ?? value.replaceAll('_', ' ')).join(', ');
}
