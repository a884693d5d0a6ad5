/**
 * The shared vocabulary of Bedside. Every label that crosses a boundary (database, GraphQL, CLI
 * output, dashboard) is defined here once, as a readonly tuple plus its union type, so the API,
 * the CLI and the dashboard cannot drift apart. Values are the wire names used by the CLI contract
 * and the data files (`medical_advice_request`, `google_review`); GraphQL exposes them in
 * UPPER_SNAKE as its convention asks.
 */

export const CHANNEL_KINDS = [
  'facebook',
  'instagram',
  'x',
  'youtube',
  'google_review',
  'blog',
  'import',
] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export const COMMENT_STATUSES = [
  'new',
  'in_progress',
  'replied',
  'escalated',
  'closed',
  'hidden',
] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

export const SENTIMENT_LABELS = ['negative', 'neutral', 'positive'] as const;
export type SentimentLabel = (typeof SENTIMENT_LABELS)[number];

export const INTENTS = [
  'medical_advice_request',
  'emergency',
  'self_harm',
  'complaint',
  'praise',
  'service_question',
  'misinformation',
  'spam',
  'abuse',
] as const;
export type Intent = (typeof INTENTS)[number];

/** Ordered from most to least urgent: the index is the sort rank used by "most urgent". */
export const URGENCIES = ['critical', 'high', 'normal', 'low'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const PHI_TYPES = [
  'person_name',
  'date',
  'phone',
  'email',
  'ssn',
  'medical_record_number',
  'account_number',
  'address',
  'age_over_89',
  'room_number',
] as const;
export type PhiType = (typeof PHI_TYPES)[number];

/** A span of protected health information: UTF-16 offsets into the comment text, end exclusive. */
export interface PhiSpan {
  type: PhiType;
  start: number;
  end: number;
}

/** Sort rank of an urgency: 0 is the most urgent. Unknown (untriaged) sorts after `low`. */
export function urgencyRank(urgency: Urgency | null | undefined): number {
  if (urgency == null) {
    return URGENCIES.length;
  }
  return URGENCIES.indexOf(urgency);
}

export function isChannelKind(value: unknown): value is ChannelKind {
  return typeof value === 'string' && (CHANNEL_KINDS as readonly string[]).includes(value);
}

export function isCommentStatus(value: unknown): value is CommentStatus {
  return typeof value === 'string' && (COMMENT_STATUSES as readonly string[]).includes(value);
}

/** Human labels for the dashboard and CLI output, kept beside the values they name. */
export const CHANNEL_KIND_LABELS: Record<ChannelKind, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  x: 'X',
  youtube: 'YouTube',
  google_review: 'Google reviews',
  blog: 'Blog',
  import: 'Import',
};

export const COMMENT_STATUS_LABELS: Record<CommentStatus, string> = {
  new: 'New',
  in_progress: 'In progress',
  replied: 'Replied',
  escalated: 'Escalated',
  closed: 'Closed',
  hidden: 'Hidden',
};

export const INTENT_LABELS: Record<Intent, string> = {
  medical_advice_request: 'Medical advice',
  emergency: 'Emergency',
  self_harm: 'Self-harm',
  complaint: 'Complaint',
  praise: 'Praise',
  service_question: 'Service question',
  misinformation: 'Misinformation',
  spam: 'Spam',
  abuse: 'Abuse',
};

/**
 * Team roles, weakest first; each role can do everything the roles before it can:
 * agent (inbox, drafts, notes, escalate) < reviewer (approve replies) < manager (assignment,
 * reports, SLA policies, templates) < admin (users, channels, settings).
 */
export const ROLES = ['agent', 'reviewer', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  agent: 'Agent',
  reviewer: 'Reviewer',
  manager: 'Manager',
  admin: 'Admin',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Whether `role` may do what `required` may. */
export function roleAtLeast(role: Role, required: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(required);
}
