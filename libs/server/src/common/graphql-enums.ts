import {
  CHANNEL_KIND_LABELS,
  CHANNEL_KINDS,
  type ChannelKind,
  COMMENT_STATUSES,
  type CommentStatus,
  type Intent,
  INTENTS,
  PHI_TYPES,
  type PhiType,
  type Role,
  ROLES,
  SENTIMENT_LABELS,
  type SentimentLabel,
  URGENCIES,
  type Urgency,
} from '@bedside/domain';
import { registerEnumType } from '@nestjs/graphql';

/**
 * GraphQL names enum values in UPPER_SNAKE while the database, the CLI and the data files use the
 * domain's lower_snake values. A GraphQL enum maps one to the other, so resolvers and services
 * only ever see domain values.
 */
export function graphqlEnum<T extends string>(values: readonly T[]): Record<Uppercase<T>, T> {
  return Object.fromEntries(values.map((value) => [value.toUpperCase(), value])) as Record<
    Uppercase<T>,
    T
  >;
}

export function describeValues<T extends string>(
  values: readonly T[],
  describe: (value: T) => string,
): Record<string, { description: string }> {
  return Object.fromEntries(
    values.map((value) => [value.toUpperCase(), { description: describe(value) }]),
  );
}

export const ChannelKindEnum = graphqlEnum<ChannelKind>(CHANNEL_KINDS);
export const CommentStatusEnum = graphqlEnum<CommentStatus>(COMMENT_STATUSES);
export const SentimentEnum = graphqlEnum<SentimentLabel>(SENTIMENT_LABELS);
export const IntentEnum = graphqlEnum<Intent>(INTENTS);
export const UrgencyEnum = graphqlEnum<Urgency>(URGENCIES);
export const PhiTypeEnum = graphqlEnum<PhiType>(PHI_TYPES);
export const RoleEnum = graphqlEnum<Role>(ROLES);

const STATUS_DESCRIPTIONS: Record<CommentStatus, string> = {
  new: 'Not yet looked at by the team.',
  in_progress: 'Someone is working on it.',
  replied: 'The team has replied publicly.',
  escalated: 'Handed to another team (patient relations, nursing, risk) as a case.',
  closed: 'Done: needs nothing more.',
  hidden: 'Hidden on the platform (spam, abuse).',
};

const INTENT_DESCRIPTIONS: Record<Intent, string> = {
  medical_advice_request: 'Asks for clinical guidance for a particular person.',
  emergency: 'A medical emergency happening now or about to.',
  self_harm: 'Suicidal thoughts, intent or self-harm, including indirect wording.',
  complaint: 'A grievance about care, staff, billing, waits, facilities, access or privacy.',
  praise: 'Thanks or compliments.',
  service_question: 'A practical, non-clinical question: hours, parking, billing, records…',
  misinformation: 'A false or dangerous health claim.',
  spam: 'Promotion, scams, phishing, link farming.',
  abuse: 'Harassment, insults, slurs, threats, doxxing.',
};

const URGENCY_DESCRIPTIONS: Record<Urgency, string> = {
  critical: 'Emergency or self-harm: send to 911/988 now.',
  high: 'Medical-advice request, harm or safety complaint, threat, or PHI exposure.',
  normal: 'Other complaints, service questions, misinformation.',
  low: 'Praise, spam and chit-chat.',
};

registerEnumType(ChannelKindEnum, {
  name: 'ChannelKind',
  description: 'The platform a channel is on.',
  valuesMap: describeValues(CHANNEL_KINDS, (kind) => `${CHANNEL_KIND_LABELS[kind]}.`),
});
registerEnumType(CommentStatusEnum, {
  name: 'CommentStatus',
  description: "Where a comment is in the team's workflow.",
  valuesMap: describeValues(COMMENT_STATUSES, (status) => STATUS_DESCRIPTIONS[status]),
});
registerEnumType(SentimentEnum, {
  name: 'Sentiment',
  description: "The writer's overall tone.",
  valuesMap: describeValues(SENTIMENT_LABELS, (label) => `A ${label} tone.`),
});
registerEnumType(IntentEnum, {
  name: 'Intent',
  description: 'What a comment asks for or does; a comment can carry several.',
  valuesMap: describeValues(INTENTS, (intent) => INTENT_DESCRIPTIONS[intent]),
});
registerEnumType(UrgencyEnum, {
  name: 'Urgency',
  description: 'How fast the team must act, from triage.',
  valuesMap: describeValues(URGENCIES, (urgency) => URGENCY_DESCRIPTIONS[urgency]),
});
registerEnumType(PhiTypeEnum, {
  name: 'PhiType',
  description: 'The kind of protected health information a span holds.',
  valuesMap: describeValues(PHI_TYPES, (type) => `A ${type.replace(/_/g, ' ')}.`),
});

const ROLE_DESCRIPTIONS: Record<Role, string> = {
  agent: 'Works the inbox: drafts, notes, status, escalation.',
  reviewer: 'An agent who also approves or rejects replies.',
  manager: 'A reviewer who also assigns work and reads reports, SLA policies and templates.',
  admin: 'Everything, including users, API tokens, channels and settings.',
};

registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What a team member or API token may do; each role includes the ones before it.',
  valuesMap: describeValues(ROLES, (role) => ROLE_DESCRIPTIONS[role]),
});
