import {
  type CaseTeam,
  type Intent,
  type ModerationAction,
  type ModerationActionState,
  type ModerationCondition,
  type ModerationReasonCode,
} from '@bedside/domain';
import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';

import { CaseTeamEnum } from '../../cases/dto/case-enums';
import { IntentEnum } from '../../common/graphql-enums';
import {
  ModerationActionKindEnum,
  ModerationActionStateEnum,
  ModerationConditionEnum,
  ModerationReasonCodeEnum,
} from './moderation-enums';

export const DEFAULT_MODERATION_ACTIONS_PAGE = 25;
export const MAX_MODERATION_ACTIONS_PAGE = 100;

@InputType('CreateModerationRuleInput', {
  description:
    'A new moderation rule. INTENT rules need `intents` and `minConfidence`; HIDE and HOLD need a `reasonCode`; ASSIGN_TEAM needs a `team`.',
})
export class CreateModerationRuleInput {
  @Field({ description: 'What the team calls it, 1–200 characters.' })
  name!: string;

  @Field(() => Boolean, { nullable: true, description: 'Switched on unless false.' })
  enabled?: boolean | null;

  @Field(() => ModerationConditionEnum, { description: 'What it looks for.' })
  condition!: ModerationCondition;

  @Field(() => [IntentEnum], {
    nullable: true,
    description: 'For INTENT: the intents that count (only SPAM and ABUSE may be hidden).',
  })
  intents?: Intent[] | null;

  @Field(() => Float, {
    nullable: true,
    description: 'For INTENT: the least triage confidence that counts, 0–1.',
  })
  minConfidence?: number | null;

  @Field(() => ModerationActionKindEnum, { description: 'What it does.' })
  action!: ModerationAction;

  @Field(() => CaseTeamEnum, { nullable: true, description: 'For ASSIGN_TEAM: the team.' })
  team?: CaseTeam | null;

  @Field(() => ModerationReasonCodeEnum, {
    nullable: true,
    description: 'For HIDE and HOLD: the community-guidelines reason.',
  })
  reasonCode?: ModerationReasonCode | null;
}

@InputType('UpdateModerationRuleInput', {
  description:
    'Changes a rule. Fields left out keep their value; the result must be a valid rule as a whole.',
})
export class UpdateModerationRuleInput {
  @Field(() => ID, { description: 'The rule.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'A new name.' })
  name?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Switch it on or off.' })
  enabled?: boolean | null;

  @Field(() => ModerationConditionEnum, { nullable: true, description: 'A new condition.' })
  condition?: ModerationCondition | null;

  @Field(() => [IntentEnum], {
    nullable: true,
    description: 'New intents; an empty list clears them (for a condition other than INTENT).',
  })
  intents?: Intent[] | null;

  @Field(() => Float, {
    nullable: true,
    description: 'A new least confidence; explicit null clears it.',
  })
  minConfidence?: number | null;

  @Field(() => ModerationActionKindEnum, { nullable: true, description: 'A new action.' })
  action?: ModerationAction | null;

  @Field(() => CaseTeamEnum, {
    nullable: true,
    description: 'A new team; explicit null clears it.',
  })
  team?: CaseTeam | null;

  @Field(() => ModerationReasonCodeEnum, {
    nullable: true,
    description: 'A new reason; explicit null clears it.',
  })
  reasonCode?: ModerationReasonCode | null;
}

@InputType('DeleteModerationRuleInput', { description: 'A rule to delete.' })
export class DeleteModerationRuleInput {
  @Field(() => ID, {
    description: 'The rule. Actions it took stay, labelled with its name, and can still be undone.',
  })
  id!: string;
}

@InputType('UpdateModerationWordListsInput', {
  description: 'Replaces the lists given; lists left out stay as they are.',
})
export class UpdateModerationWordListsInput {
  @Field(() => [String], {
    nullable: true,
    description: 'The banned words and phrases, at most 1,000 of up to 100 characters.',
  })
  banned?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'The suspect words and phrases, at most 1,000 of up to 100 characters.',
  })
  suspect?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'The trusted domains ("cdc.gov"; a pasted URL is reduced to its domain).',
  })
  trustedDomains?: string[] | null;
}

@InputType('ModerationActionInput', { description: 'One moderation action.' })
export class ModerationActionInput {
  @Field(() => ID, { description: 'The action.' })
  id!: string;
}

@InputType('HideCommentInput', {
  description: 'Hides a comment by hand, for a community-guidelines reason (C22).',
})
export class HideCommentInput {
  @Field(() => ID, { description: 'The comment.' })
  commentId!: string;

  @Field(() => ModerationReasonCodeEnum, {
    description: 'Why: negative feedback or a complaint is never a reason to hide.',
  })
  reasonCode!: ModerationReasonCode;
}

@InputType('UnhideCommentInput', { description: 'Shows a hidden comment again.' })
export class UnhideCommentInput {
  @Field(() => ID, {
    description: 'The comment: its latest hide is undone (a rule’s hide or hold needs a reviewer).',
  })
  commentId!: string;
}

@ArgsType()
export class ModerationActionsArgs {
  @Field(() => Boolean, {
    nullable: true,
    description: 'True: rules’ actions only; false: people’s only; null: both.',
  })
  automatic?: boolean | null;

  @Field(() => ModerationActionStateEnum, {
    nullable: true,
    description: 'Only actions in this state (APPLIED lists what is in force).',
  })
  state?: ModerationActionState | null;

  @Field(() => Int, {
    nullable: true,
    description: `Page size, 1–${MAX_MODERATION_ACTIONS_PAGE}; ${DEFAULT_MODERATION_ACTIONS_PAGE} when left out.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Start after this cursor (`endCursor`).' })
  after?: string | null;
}
