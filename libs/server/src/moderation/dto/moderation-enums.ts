import {
  MODERATION_ACTION_STATES,
  MODERATION_ACTIONS,
  MODERATION_CONDITIONS,
  MODERATION_REASON_CODES,
  MODERATION_REASON_LABELS,
  type ModerationAction,
  type ModerationActionState,
  type ModerationCondition,
  type ModerationReasonCode,
  PLATFORM_MODERATION_LABELS,
  PLATFORM_MODERATION_OUTCOMES,
  type PlatformModerationOutcome,
} from '@bedside/domain';
import { registerEnumType } from '@nestjs/graphql';

import { describeValues, graphqlEnum } from '../../common/graphql-enums';

export const ModerationConditionEnum = graphqlEnum<ModerationCondition>(MODERATION_CONDITIONS);
export const ModerationActionKindEnum = graphqlEnum<ModerationAction>(MODERATION_ACTIONS);
export const ModerationReasonCodeEnum = graphqlEnum<ModerationReasonCode>(MODERATION_REASON_CODES);
export const ModerationActionStateEnum =
  graphqlEnum<ModerationActionState>(MODERATION_ACTION_STATES);
export const PlatformModerationOutcomeEnum = graphqlEnum<PlatformModerationOutcome>(
  PLATFORM_MODERATION_OUTCOMES,
);

const CONDITION_DESCRIPTIONS: Record<ModerationCondition, string> = {
  intent:
    'Triage found one of the rule’s intents with at least the rule’s confidence (`intents`, `minConfidence`).',
  untrusted_link: 'The comment links to a domain that is not on the trusted-domain list.',
  banned_word: 'The comment contains a word or phrase of the banned list.',
  suspect_word: 'The comment contains a word or phrase of the suspect list.',
  blocked_author: 'The author is flagged BLOCK on their author panel.',
  watched_author: 'The author is flagged WATCH on their author panel.',
};

const ACTION_DESCRIPTIONS: Record<ModerationAction, string> = {
  hide: 'Hide the comment (status HIDDEN), with a community-guidelines reason.',
  hold: 'Hide the comment until a moderator releases (undo) or confirms it.',
  assign_team: 'Open a case for the rule’s team; the comment becomes ESCALATED.',
};

const STATE_DESCRIPTIONS: Record<ModerationActionState, string> = {
  applied: 'In force.',
  confirmed: 'A moderator reviewed a hold and kept the comment hidden.',
  undone: 'Undone: the comment got its previous status back.',
};

registerEnumType(ModerationConditionEnum, {
  name: 'ModerationCondition',
  description: 'What a moderation rule looks for in a new comment.',
  valuesMap: describeValues(
    MODERATION_CONDITIONS,
    (condition) => CONDITION_DESCRIPTIONS[condition],
  ),
});
registerEnumType(ModerationActionKindEnum, {
  name: 'ModerationActionKind',
  description: 'What a moderation rule or a moderator does to a comment.',
  valuesMap: describeValues(MODERATION_ACTIONS, (action) => ACTION_DESCRIPTIONS[action]),
});
registerEnumType(ModerationReasonCodeEnum, {
  name: 'ModerationReasonCode',
  description:
    'Why a comment is hidden: a category of the published community guidelines. Negative feedback is never a reason.',
  valuesMap: describeValues(
    MODERATION_REASON_CODES,
    (code) => `${MODERATION_REASON_LABELS[code]}.`,
  ),
});
registerEnumType(ModerationActionStateEnum, {
  name: 'ModerationActionState',
  description: 'Where a moderation action is.',
  valuesMap: describeValues(MODERATION_ACTION_STATES, (state) => STATE_DESCRIPTIONS[state]),
});
registerEnumType(PlatformModerationOutcomeEnum, {
  name: 'PlatformModerationOutcome',
  description: 'What happened on the platform itself when Bedside hid or unhid a comment.',
  valuesMap: describeValues(
    PLATFORM_MODERATION_OUTCOMES,
    (outcome) => `${PLATFORM_MODERATION_LABELS[outcome]}.`,
  ),
});
