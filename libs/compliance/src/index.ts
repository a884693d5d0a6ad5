export { checkReply } from './check-reply';
export type {
  ApprovalPolicy,
  CheckReplyInput,
  CheckResult,
  CommentForReply,
  Draft,
  DraftAction,
  DraftOptions,
  OrganisationSettings,
  ReplyTemplate,
  Severity,
  TemplateSituation,
  Violation,
  ViolationCode,
} from './compliance.types';
export { CONTRACT_CODES, TEMPLATE_SITUATIONS, VIOLATION_CODES } from './compliance.types';
export type { TemplateCheck } from './drafting/check-template';
export { checkTemplate } from './drafting/check-template';
export { draftReply } from './drafting/draft-reply';
export type {
  CheckReplyLine,
  DraftLine,
  JsonLineError,
  LineViolation,
  TriageOf,
} from './json-lines';
export { checkReplyLine, draftLine } from './json-lines';
export { CHANNEL_LIMITS, weightedLength } from './rules/channel-limit';
export { RULES_VERSION } from './rules-version';
export { DEFAULT_SETTINGS } from './settings/default-settings';
export { settingsFromJson } from './settings/settings-from-json';
export { BUILT_IN_TEMPLATES } from './templates/built-in-templates';
export {
  renderTemplate,
  TEMPLATE_VARIABLES,
  TemplateError,
  templateVariables,
} from './templates/render-template';
