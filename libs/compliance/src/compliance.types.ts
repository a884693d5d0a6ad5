import type { ChannelKind, Intent, PhiSpan } from '@bedside/domain';

/**
 * The violation codes of the reply checker. The first seven are the evaluation contract (the
 * `check-reply` CLI and `../shared/data/dev/README.md`); the rest are further rules of the
 * compliance guide that can be checked in text. Legal threats and pressure to remove a review are
 * reported as `argues_or_blames` (the contract maps C18 there); `legal_threat_or_pressure` is the
 * softer "please reconsider your rating" (a warning).
 */
export const VIOLATION_CODES = [
  'confirms_patient_relationship',
  'discloses_phi',
  'individual_medical_advice',
  'argues_or_blames',
  'promises_outcome',
  'missing_offline_path',
  'dismisses_emergency',
  'asks_for_identifiers',
  'legal_threat_or_pressure',
  'review_incentive',
  'unlisted_contact',
  'untrusted_link',
  'exceeds_channel_limit',
  'health_well_wish',
  'callback_promise',
  'missing_provider_pointer',
  'missing_trusted_source',
  'unsafe_messaging',
  'names_staff',
] as const;
export type ViolationCode = (typeof VIOLATION_CODES)[number];

/** The seven codes of the evaluation contract: `compliant` in the data is true exactly without them. */
export const CONTRACT_CODES = VIOLATION_CODES.slice(0, 7) as readonly ViolationCode[];

/** `block`: cannot be sent until the text changes. `warn`: a reviewer must acknowledge it. */
export type Severity = 'block' | 'warn';

export interface Violation {
  code: ViolationCode;
  severity: Severity;
  /** Plain-language reason for the drafter, never quoting PHI. */
  message: string;
  /** UTF-16 offsets into the reply, end exclusive; both 0 when the finding is about the whole reply (e.g. something missing). */
  start: number;
  end: number;
}

export interface CheckResult {
  compliant: boolean;
  violations: Violation[];
  /** Version of the rule set, stored with every check so an auditor can reproduce the decision. */
  rulesVersion: string;
}

/** Which replies need a reviewer before they can be sent. */
export type ApprovalPolicy = 'all' | 'flagged' | 'none';

/**
 * The organisation's settings: the tokens of COMPLIANCE.md section 3. Contact values are the only
 * phone numbers, e-mails and URLs a reply may contain (plus the trusted domains).
 */
export interface OrganisationSettings {
  hospitalName: string;
  patientRelationsPhone: string;
  patientRelationsEmail: string;
  patientRelationsUrl: string;
  nurseLine: string;
  mainPhone: string;
  billingPhone: string;
  emergencyNumber: string;
  crisisLine: string;
  poisonLine: string;
  visitorUrl: string;
  parkingUrl: string;
  recordsUrl: string;
  /** Domains a link in a reply may point to (the hospital's own included). */
  trustedDomains: string[];
  /** Appended to drafts, e.g. "– The Lakeside team". Empty for none. */
  signOff: string;
  approvalPolicy: ApprovalPolicy;
}

/** What the checker and the drafter know about the comment being answered. */
export interface CommentForReply {
  text: string;
  channel?: ChannelKind;
  /** Triage labels of the comment; the checker's category requirements (C9, C12–C14) follow them. */
  intents: readonly Intent[];
  /** PHI spans in `text`: a reply may not repeat any of them. */
  phi: readonly PhiSpan[];
  /** The commenter's display name as shown on the platform, if any. */
  authorName?: string;
}

export interface CheckReplyInput {
  comment: CommentForReply;
  settings: OrganisationSettings;
}

/** Situations a template is written for; `spam_abuse` drafts suggest hiding instead of replying. */
export const TEMPLATE_SITUATIONS = [
  'praise',
  'complaint',
  'medical_advice_request',
  'emergency',
  'self_harm',
  'poisoning',
  'service_question',
  'misinformation',
  'spam_abuse',
  'general',
] as const;
export type TemplateSituation = (typeof TEMPLATE_SITUATIONS)[number];

/**
 * A reply template. `body` holds `{TOKEN}` variables (COMPLIANCE.md section 3 names:
 * `{HOSPITAL_NAME}`, `{PATIENT_RELATIONS_PHONE}`, … and `{FIRST_NAME_AS_SHOWN}`).
 */
export interface ReplyTemplate {
  /** Stable key, e.g. `complaint.wait-times`. */
  key: string;
  name: string;
  situation: TemplateSituation;
  body: string;
  /** Shorter variant for channels with tight limits (X: 280 characters); `body` when absent. */
  shortBody?: string;
  /**
   * A narrower case within the situation (`wait-times`, `billing`, `child`, `medication`,
   * `someone-else`, `parking`, `visiting`, `records`, `patient-status`, `staff`, `self-harm`);
   * the drafter prefers it when the comment's cue words match. Absent for the general wording.
   */
  variant?: string;
}

export type DraftAction = 'reply' | 'hide';

export interface DraftOptions {
  /** Templates to choose from; the built-in set when omitted. */
  templates?: readonly ReplyTemplate[];
  /** Varies the wording between comments on one page; the same seed gives the same draft. */
  seed?: string;
}

export interface Draft {
  /** The reply text; empty when `action` is `hide`. */
  reply: string;
  /** Key of the template used. */
  template: string;
  situation: TemplateSituation;
  /** `hide` for spam and abuse: suggest hiding the comment rather than answering it. */
  action: DraftAction;
  /** The checker's findings on `reply`: always empty for a built-in template. */
  violations: Violation[];
}
