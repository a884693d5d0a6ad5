import { type AuthorFlag } from './authors';
import { CASE_TEAM_LABELS, type CaseTeam, isCaseTeam } from './cases';
import {
  compileWordList,
  isTrustedDomain,
  linkedDomains,
  type PreparedText,
  prepareText,
  type WordMatcher,
} from './moderation-matching';
import { type Intent, INTENT_LABELS, INTENTS } from './vocabulary';

/**
 * Moderation rules: managers decide which comments Bedside hides, holds for a moderator or hands
 * to a team as soon as they arrive. Every automatic action is recorded as such and can be undone
 * in one click; the rules below only decide, they never act.
 */

/** What a rule looks for in a new comment. */
export const MODERATION_CONDITIONS = [
  'intent',
  'untrusted_link',
  'banned_word',
  'suspect_word',
  'blocked_author',
  'watched_author',
] as const;
export type ModerationCondition = (typeof MODERATION_CONDITIONS)[number];

/**
 * What a rule does: hide the comment, hold it (hidden until a moderator releases or confirms
 * it) or open a case for a team.
 */
export const MODERATION_ACTIONS = ['hide', 'hold', 'assign_team'] as const;
export type ModerationAction = (typeof MODERATION_ACTIONS)[number];

/**
 * Why a comment may be hidden: the categories of a hospital's published community guidelines
 * (COMPLIANCE.md C22). "Negative", "complaint" or "inaccurate about us" are deliberately absent:
 * those are answered, never hidden.
 */
export const MODERATION_REASON_CODES = [
  'spam_scam',
  'profanity_hate',
  'harassment_threats',
  'private_information',
  'impersonation',
  'commercial_promotion',
  'illegal_content',
] as const;
export type ModerationReasonCode = (typeof MODERATION_REASON_CODES)[number];

/** Where a moderation action is: in force, confirmed by a moderator (holds), or undone. */
export const MODERATION_ACTION_STATES = ['applied', 'confirmed', 'undone'] as const;
export type ModerationActionState = (typeof MODERATION_ACTION_STATES)[number];

/**
 * What happened on the platform itself. Until a channel has a connector that can hide comments,
 * an action takes effect in Bedside only (`no_connector`); assigning never touches the platform.
 */
export const PLATFORM_MODERATION_OUTCOMES = [
  'not_applicable',
  'no_connector',
  'pending',
  'done',
  'failed',
] as const;
export type PlatformModerationOutcome = (typeof PLATFORM_MODERATION_OUTCOMES)[number];

export const MODERATION_CONDITION_LABELS: Record<ModerationCondition, string> = {
  intent: 'Triage found an intent',
  untrusted_link: 'Links to an untrusted domain',
  banned_word: 'Contains a banned word',
  suspect_word: 'Contains a suspect word',
  blocked_author: 'Author is blocked',
  watched_author: 'Author is watched',
};

export const MODERATION_ACTION_LABELS: Record<ModerationAction, string> = {
  hide: 'Hide',
  hold: 'Hold for review',
  assign_team: 'Assign to a team',
};

export const MODERATION_REASON_LABELS: Record<ModerationReasonCode, string> = {
  spam_scam: 'Spam or scam',
  profanity_hate: 'Profanity or hate',
  harassment_threats: 'Harassment or threats',
  private_information: "Someone else's private or health information",
  impersonation: 'Impersonation',
  commercial_promotion: 'Off-topic commercial promotion',
  illegal_content: 'Illegal content',
};

export const MODERATION_ACTION_STATE_LABELS: Record<ModerationActionState, string> = {
  applied: 'In force',
  confirmed: 'Confirmed',
  undone: 'Undone',
};

export const PLATFORM_MODERATION_LABELS: Record<PlatformModerationOutcome, string> = {
  not_applicable: 'Nothing to do on the platform',
  no_connector: 'No connector: hidden in Bedside only',
  pending: 'Waiting for the platform',
  done: 'Done on the platform too',
  failed: 'The platform refused: hidden in Bedside only',
};

/** Intents a rule may hide or hold for; everything else is answered, escalated or left alone. */
export const HIDEABLE_INTENTS: readonly Intent[] = ['spam', 'abuse'];

/**
 * Intents that are never hidden or held automatically, whatever else the comment contains: a
 * person in danger who swears must still reach the team's inbox.
 */
export const PROTECTED_INTENTS: readonly Intent[] = ['emergency', 'self_harm'];

/** Longest rule name accepted, in characters. */
export const MAX_MODERATION_RULE_NAME_LENGTH = 200;

/** A rule as stored: conditions and action flattened into fields. */
export interface ModerationRuleDefinition {
  id: string;
  name: string;
  enabled: boolean;
  condition: ModerationCondition;
  /** For `intent`: any of these intents counts. Empty for the other conditions. */
  intents: readonly Intent[];
  /** For `intent`: the least triage confidence (0–1) that counts. Null for the others. */
  minConfidence: number | null;
  action: ModerationAction;
  /** For `assign_team`: the team that gets the case. Null for the others. */
  team: CaseTeam | null;
  /** For `hide` and `hold`: the community-guidelines reason (C22). Null for `assign_team`. */
  reasonCode: ModerationReasonCode | null;
  /** Creation order; breaks ties between rules with the same action. */
  position: number;
}

export type ModerationRuleDraft = Omit<ModerationRuleDefinition, 'id' | 'position'>;

/** The managers' lists. Words and phrases are matched whole; domains include their subdomains. */
export interface ModerationLists {
  banned: readonly string[];
  suspect: readonly string[];
  trustedDomains: readonly string[];
}

/** What a rule is evaluated against: no name, id or other PHI is needed. */
export interface ModeratedComment {
  text: string;
  intents: readonly { label: Intent; confidence: number }[];
  authorFlag: AuthorFlag;
}

export interface ModerationDecision {
  rule: ModerationRuleDefinition;
  action: ModerationAction;
  condition: ModerationCondition;
  /** Why the rule matched, for the moderator ("Links to an untrusted domain: bit.ly"). */
  reason: string;
}

export interface ModerationPolicy {
  /** The decision of the strongest matching rule, or null when no enabled rule matches. */
  evaluate(comment: ModeratedComment): ModerationDecision | null;
  /** Enabled rules in the order they are tried. */
  readonly rules: readonly ModerationRuleDefinition[];
}

export function isModerationCondition(value: unknown): value is ModerationCondition {
  return typeof value === 'string' && (MODERATION_CONDITIONS as readonly string[]).includes(value);
}

export function isModerationAction(value: unknown): value is ModerationAction {
  return typeof value === 'string' && (MODERATION_ACTIONS as readonly string[]).includes(value);
}

export function isModerationReasonCode(value: unknown): value is ModerationReasonCode {
  return (
    typeof value === 'string' && (MODERATION_REASON_CODES as readonly string[]).includes(value)
  );
}

/** Whether an action takes the comment out of the inbox (and, with a connector, off the page). */
export function isHidingAction(action: ModerationAction): boolean {
  return action === 'hide' || action === 'hold';
}

/**
 * What is wrong with a rule, or null; the message is safe to show a manager. Hiding needs a
 * reason from the community guidelines (C22) and may only target spam or abuse among intents;
 * assigning needs a team.
 *
 * @example moderationRuleProblem({ ...rule, condition: 'intent', intents: ['complaint'], action: 'hide' })
 * // 'Only spam or abuse can be hidden by intent; complaints and questions are answered.'
 */
export function moderationRuleProblem(draft: ModerationRuleDraft): string | null {
  const name = draft.name.trim();
  if (name.length === 0 || name.length > MAX_MODERATION_RULE_NAME_LENGTH) {
    return `A rule name holds 1 to ${MAX_MODERATION_RULE_NAME_LENGTH} characters.`;
  }
  if (!isModerationCondition(draft.condition)) {
    return 'Unknown rule condition.';
  }
  if (!isModerationAction(draft.action)) {
    return 'Unknown rule action.';
  }
  if (draft.condition === 'intent') {
    if (draft.intents.length === 0 || draft.intents.some((intent) => !INTENTS.includes(intent))) {
      return 'Choose at least one intent.';
    }
    if (
      draft.minConfidence == null ||
      !Number.isFinite(draft.minConfidence) ||
      draft.minConfidence < 0 ||
      draft.minConfidence > 1
    ) {
      return 'The least confidence is a number from 0 to 1.';
    }
    if (
      isHidingAction(draft.action) &&
      draft.intents.some((intent) => !HIDEABLE_INTENTS.includes(intent))
    ) {
      return 'Only spam or abuse can be hidden by intent; complaints and questions are answered.';
    }
  } else if (draft.intents.length > 0 || draft.minConfidence != null) {
    return 'Intents and confidence belong to intent rules only.';
  }
  if (isHidingAction(draft.action)) {
    if (!isModerationReasonCode(draft.reasonCode)) {
      return 'Hiding needs a reason from the community guidelines.';
    }
    if (draft.team != null) {
      return 'Only a rule that assigns names a team.';
    }
  } else {
    if (!isCaseTeam(draft.team)) {
      return 'Choose the team that gets the case.';
    }
    if (draft.reasonCode != null) {
      return 'A rule that assigns does not hide, so it takes no reason code.';
    }
  }
  return null;
}

function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

function intentList(intents: readonly Intent[]): string {
  return intents.map((intent) => INTENT_LABELS[intent].toLowerCase()).join(' or ');
}

/**
 * One line that says what a rule does, for lists and the audit page.
 *
 * @example describeModerationRule({ condition: 'intent', intents: ['spam', 'abuse'], minConfidence: 0.8, action: 'hide', … })
 * // 'Spam or abuse at 80% or more → hide'
 */
export function describeModerationRule(
  rule: Pick<
    ModerationRuleDefinition,
    'condition' | 'intents' | 'minConfidence' | 'action' | 'team'
  >,
): string {
  const when =
    rule.condition === 'intent'
      ? `${capitalize(intentList(rule.intents))} at ${percent(rule.minConfidence ?? 0)} or more`
      : MODERATION_CONDITION_LABELS[rule.condition];
  const then =
    rule.action === 'assign_team' && rule.team
      ? `assign to ${CASE_TEAM_LABELS[rule.team]}`
      : MODERATION_ACTION_LABELS[rule.action].toLowerCase();
  return `${when} → ${then}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// Stronger actions win when several rules match: a comment to hide is not also a case.
const ACTION_PRECEDENCE: readonly ModerationAction[] = ['hide', 'hold', 'assign_team'];

type Matcher = (comment: ModeratedComment, text: PreparedText) => string | null;

function matcherFor(
  rule: ModerationRuleDefinition,
  words: { banned: WordMatcher; suspect: WordMatcher },
  trustedDomains: readonly string[],
): Matcher {
  switch (rule.condition) {
    case 'intent':
      return (comment) => {
        const found = comment.intents.find(
          (intent) =>
            rule.intents.includes(intent.label) && intent.confidence >= (rule.minConfidence ?? 0),
        );
        return found
          ? `${INTENT_LABELS[found.label]} (${percent(found.confidence)}, at least ${percent(rule.minConfidence ?? 0)})`
          : null;
      };
    case 'untrusted_link':
      return (comment) => {
        const untrusted = linkedDomains(comment.text).find(
          (host) => !isTrustedDomain(host, trustedDomains),
        );
        return untrusted === undefined ? null : `Links to an untrusted domain: ${untrusted}`;
      };
    case 'banned_word':
    case 'suspect_word': {
      const matcher = rule.condition === 'banned_word' ? words.banned : words.suspect;
      const label = rule.condition === 'banned_word' ? 'banned' : 'suspect';
      return (_, text) => {
        const entry = matcher.find(text);
        return entry === null ? null : `Contains the ${label} word “${entry}”`;
      };
    }
    case 'blocked_author':
      return (comment) => (comment.authorFlag === 'block' ? 'The author is blocked' : null);
    case 'watched_author':
      return (comment) => (comment.authorFlag === 'watch' ? 'The author is watched' : null);
  }
}

/**
 * Compiles the enabled rules and the lists once, for evaluating many comments. The strongest
 * matching action wins (hide, then hold, then assign); among rules with the same action the
 * oldest wins. Comments triage rated an emergency or self-harm are never hidden or held.
 *
 * @example compileModerationPolicy({ rules, lists }).evaluate({ text: 'Buy followers at spam.biz', intents: [], authorFlag: 'none' })
 */
export function compileModerationPolicy(input: {
  rules: readonly ModerationRuleDefinition[];
  lists: ModerationLists;
}): ModerationPolicy {
  const words = {
    banned: compileWordList(input.lists.banned),
    suspect: compileWordList(input.lists.suspect),
  };
  const rules = input.rules
    .filter((rule) => rule.enabled)
    .sort(
      (a, b) =>
        ACTION_PRECEDENCE.indexOf(a.action) - ACTION_PRECEDENCE.indexOf(b.action) ||
        a.position - b.position,
    );
  const compiled = rules.map((rule) => ({
    rule,
    match: matcherFor(rule, words, input.lists.trustedDomains),
  }));
  return {
    rules,
    evaluate(comment: ModeratedComment): ModerationDecision | null {
      const isProtected = comment.intents.some((intent) =>
        PROTECTED_INTENTS.includes(intent.label),
      );
      const text = prepareText(comment.text);
      for (const { rule, match } of compiled) {
        if (isProtected && isHidingAction(rule.action)) {
          continue;
        }
        const reason = match(comment, text);
        if (reason !== null) {
          return { rule, action: rule.action, condition: rule.condition, reason };
        }
      }
      return null;
    },
  };
}

/**
 * The decision for one comment: compiles and evaluates in one go. Use `compileModerationPolicy`
 * to screen many comments with the same rules.
 *
 * @example evaluateModeration({ text: 'Total SCAM', intents: [], authorFlag: 'none' }, { rules, lists: { banned: ['scam'], suspect: [], trustedDomains: [] } })
 */
export function evaluateModeration(
  comment: ModeratedComment,
  input: { rules: readonly ModerationRuleDefinition[]; lists: ModerationLists },
): ModerationDecision | null {
  return compileModerationPolicy(input).evaluate(comment);
}
