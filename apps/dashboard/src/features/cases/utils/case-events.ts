import {
  CASE_CATEGORY_LABELS,
  CASE_STATUS_LABELS,
  CASE_TEAM_LABELS,
  isCaseCategory,
  isCaseStatus,
  isCaseTeam,
  URGENCIES,
  type Urgency,
} from '@bedside/domain';

import type { CaseEventKind } from '../../../gql/graphql';
import { URGENCY_LABELS } from '../../../ui/labels';

export interface CaseEventLike {
  kind: CaseEventKind;
  from?: string | null;
  to?: string | null;
}

const isUrgency = (value: unknown): value is Urgency =>
  typeof value === 'string' && (URGENCIES as readonly string[]).includes(value);

function label(value: string | null | undefined, labels: (value: string) => string | null) {
  return value ? (labels(value) ?? value) : 'none';
}

const teamLabel = (value: string) => (isCaseTeam(value) ? CASE_TEAM_LABELS[value] : null);
const categoryLabel = (value: string) =>
  isCaseCategory(value) ? CASE_CATEGORY_LABELS[value] : null;
const priorityLabel = (value: string) => (isUrgency(value) ? URGENCY_LABELS[value] : null);

/**
 * What one timeline entry says after the actor's name: "opened the case", "moved it from
 * Patient relations to Nursing". Values arrive in the domain's lower_snake spelling.
 */
export function describeCaseEvent(event: CaseEventLike): string {
  switch (event.kind) {
    case 'OPENED':
      return 'opened the case';
    case 'COMMENT_LINKED':
      return 'linked another comment';
    case 'ASSIGNED':
      if (!event.to) {
        return event.from ? `unassigned ${event.from}` : 'unassigned the case';
      }
      return event.from
        ? `reassigned it from ${event.from} to ${event.to}`
        : `assigned it to ${event.to}`;
    case 'TEAM_CHANGED':
      return `moved it from ${label(event.from, teamLabel)} to ${label(event.to, teamLabel)}`;
    case 'CATEGORY_CHANGED':
      return `changed the category from ${label(event.from, categoryLabel)} to ${label(event.to, categoryLabel)}`;
    case 'PRIORITY_CHANGED':
      return `changed the priority from ${label(event.from, priorityLabel)} to ${label(event.to, priorityLabel)}`;
    case 'STATUS_CHANGED':
      switch (event.to) {
        case 'in_progress':
          return 'started work on it';
        case 'resolved':
          return 'resolved the case';
        case 'reopened':
          return 'reopened the case';
        default:
          return `set the status to ${isCaseStatus(event.to) ? CASE_STATUS_LABELS[event.to] : 'unknown'}`;
      }
    case 'NOTE_ADDED':
      return 'added a note';
  }
}
