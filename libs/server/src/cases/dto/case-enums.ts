import {
  CASE_CATEGORIES,
  CASE_STATUSES,
  CASE_TEAM_LABELS,
  CASE_TEAMS,
  type CaseCategory,
  type CaseStatus,
  type CaseTeam,
} from '@bedside/domain';
import { registerEnumType } from '@nestjs/graphql';

import { graphqlEnum } from '../../common/graphql-enums';
import { CASE_EVENT_KINDS, type CaseEventKind } from '../case-event.entity';

function describeValues<T extends string>(
  descriptions: Record<T, string>,
): Record<string, { description: string }> {
  return Object.fromEntries(
    Object.entries<string>(descriptions).map(([value, description]) => [
      value.toUpperCase(),
      { description },
    ]),
  );
}

export const CaseCategoryEnum = graphqlEnum<CaseCategory>(CASE_CATEGORIES);
export const CaseTeamEnum = graphqlEnum<CaseTeam>(CASE_TEAMS);
export const CaseStatusEnum = graphqlEnum<CaseStatus>(CASE_STATUSES);
export const CaseEventKindEnum = graphqlEnum<CaseEventKind>(CASE_EVENT_KINDS);

export enum CaseOrder {
  DUE_SOONEST = 'DUE_SOONEST',
  NEWEST = 'NEWEST',
}

registerEnumType(CaseCategoryEnum, {
  name: 'CaseCategory',
  description: 'What kind of matter a case is.',
  valuesMap: describeValues<CaseCategory>({
    patient_complaint: 'A complaint about care, staff, billing, waits or facilities.',
    nurse_line_question: 'A medical question for the nurse line.',
    emergency_safety: 'An emergency or a safety concern.',
    privacy_incident: "A patient's details exposed or mishandled.",
    media_legal: 'A press or legal matter, or misinformation to answer officially.',
    other: 'Anything else.',
  }),
});

registerEnumType(CaseTeamEnum, {
  name: 'CaseTeam',
  description: 'The hospital team that owns a case.',
  valuesMap: describeValues<CaseTeam>({
    patient_relations: `${CASE_TEAM_LABELS.patient_relations}: complaints and grievances.`,
    nursing: `${CASE_TEAM_LABELS.nursing}: the nurse line answers medical questions.`,
    risk_compliance: `${CASE_TEAM_LABELS.risk_compliance}: safety, emergencies, privacy.`,
    communications: `${CASE_TEAM_LABELS.communications}: media, legal and public statements.`,
  }),
});

registerEnumType(CaseStatusEnum, {
  name: 'CaseStatus',
  description:
    'Where a case is: OPEN -> IN_PROGRESS -> RESOLVED (with a resolution note); RESOLVED -> REOPENED -> IN_PROGRESS or RESOLVED.',
  valuesMap: describeValues<CaseStatus>({
    open: 'Opened, nobody has started on it yet.',
    in_progress: 'Someone is working on it.',
    resolved: 'Done; the resolution note says how.',
    reopened: 'Resolved once, then found to need more work.',
  }),
});

registerEnumType(CaseEventKindEnum, {
  name: 'CaseEventKind',
  description: 'What happened in one entry of a case timeline.',
  valuesMap: describeValues<CaseEventKind>({
    opened: 'The case was opened from one or more comments.',
    comment_linked: 'Another comment was linked (`commentId`).',
    assigned: 'The assignee changed (`from`/`to` are names; null: nobody).',
    team_changed: 'The team changed (`from`/`to` are lower_snake team values).',
    category_changed: 'The category changed (`from`/`to` are lower_snake category values).',
    priority_changed: 'The priority changed (`from`/`to` are lower_snake urgencies).',
    status_changed:
      'The status changed (`from`/`to` are lower_snake statuses; `text` the resolution note).',
    note_added: 'An internal note was added (`text`).',
  }),
});

registerEnumType(CaseOrder, {
  name: 'CaseOrder',
  description: 'Order of the cases list.',
  valuesMap: {
    DUE_SOONEST: { description: 'Earliest deadline first; cases without one last.' },
    NEWEST: { description: 'Most recently opened first.' },
  },
});
