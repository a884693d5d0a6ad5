import {
  CASE_TEAM_LABELS,
  CASE_TEAMS,
  HIDEABLE_INTENTS,
  INTENT_LABELS,
  INTENTS,
  MODERATION_ACTION_LABELS,
  MODERATION_ACTIONS,
  MODERATION_CONDITION_LABELS,
  MODERATION_CONDITIONS,
  MODERATION_REASON_CODES,
  MODERATION_REASON_LABELS,
  moderationRuleProblem,
} from '@bedside/domain';

import type {
  CaseTeam,
  CreateModerationRuleInput,
  Intent,
  ModerationActionKind,
  ModerationCondition,
  ModerationReasonCode,
} from '../../../gql/graphql';
import { toDomainValue, toGraphqlValue } from '../../../ui/vocabulary';

/** What the rule form edits; fields of other conditions and actions are kept but not sent. */
export interface RuleFormValues {
  name: string;
  enabled: boolean;
  condition: ModerationCondition;
  intents: Intent[];
  /** The least confidence as a percentage, as people think of it. */
  minConfidencePercent: number;
  action: ModerationActionKind;
  team: CaseTeam | null;
  reasonCode: ModerationReasonCode | null;
}

/** A new rule starts as the most common one: hide confident spam. */
export const NEW_RULE: RuleFormValues = {
  name: '',
  enabled: true,
  condition: 'INTENT',
  intents: ['SPAM'],
  minConfidencePercent: 80,
  action: 'HIDE',
  team: null,
  reasonCode: 'SPAM_SCAM',
};

export const CONDITION_OPTIONS = MODERATION_CONDITIONS.map((value) => ({
  value: toGraphqlValue(value),
  label: MODERATION_CONDITION_LABELS[value],
}));

export const ACTION_OPTIONS = MODERATION_ACTIONS.map((value) => ({
  value: toGraphqlValue(value),
  label: MODERATION_ACTION_LABELS[value],
}));

export const REASON_OPTIONS = MODERATION_REASON_CODES.map((value) => ({
  value: toGraphqlValue(value),
  label: MODERATION_REASON_LABELS[value],
}));

export const TEAM_OPTIONS = CASE_TEAMS.map((value) => ({
  value: toGraphqlValue(value),
  label: CASE_TEAM_LABELS[value],
}));

/** Intents a rule may look for: hiding and holding are limited to spam and abuse (C22). */
export function intentOptions(action: ModerationActionKind) {
  const hides = action !== 'ASSIGN_TEAM';
  return INTENTS.filter((intent) => !hides || HIDEABLE_INTENTS.includes(intent)).map((intent) => ({
    value: toGraphqlValue(intent),
    label: INTENT_LABELS[intent],
  }));
}

/** The input to send: only the fields the chosen condition and action use. */
export function toRuleInput(values: RuleFormValues): CreateModerationRuleInput {
  const isIntent = values.condition === 'INTENT';
  const assigns = values.action === 'ASSIGN_TEAM';
  return {
    name: values.name.trim(),
    enabled: values.enabled,
    condition: values.condition,
    intents: isIntent ? values.intents : [],
    minConfidence: isIntent ? Math.round(values.minConfidencePercent) / 100 : null,
    action: values.action,
    team: assigns ? values.team : null,
    reasonCode: assigns ? null : values.reasonCode,
  };
}

/** What is wrong with the form, in the server's words (the same rule check), or null. */
export function ruleFormProblem(values: RuleFormValues): string | null {
  const input = toRuleInput(values);
  return moderationRuleProblem({
    name: input.name,
    enabled: input.enabled ?? true,
    condition: toDomainValue(input.condition),
    intents: (input.intents ?? []).map(toDomainValue),
    minConfidence: input.minConfidence ?? null,
    action: toDomainValue(input.action),
    team: input.team ? toDomainValue(input.team) : null,
    reasonCode: input.reasonCode ? toDomainValue(input.reasonCode) : null,
  });
}

/** The form for an existing rule. */
export function formValuesOf(rule: {
  name: string;
  enabled: boolean;
  condition: ModerationCondition;
  intents: readonly Intent[];
  minConfidence?: number | null;
  action: ModerationActionKind;
  team?: CaseTeam | null;
  reasonCode?: ModerationReasonCode | null;
}): RuleFormValues {
  return {
    name: rule.name,
    enabled: rule.enabled,
    condition: rule.condition,
    intents: [...rule.intents],
    minConfidencePercent:
      rule.minConfidence == null
        ? NEW_RULE.minConfidencePercent
        : Math.round(rule.minConfidence * 100),
    action: rule.action,
    team: rule.team ?? null,
    reasonCode: rule.reasonCode ?? null,
  };
}
