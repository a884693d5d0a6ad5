import {
  type CaseTeam,
  type CommentStatus,
  type ModerationAction as ModerationActionKind,
  type ModerationActionState,
  type ModerationCondition,
  type ModerationReasonCode,
  type PlatformModerationOutcome,
} from '@bedside/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { CaseTeamEnum } from '../../cases/dto/case-enums';
import { Comment } from '../../comments/dto/comment.type';
import { PageInfo } from '../../comments/dto/comment-connection.type';
import { CommentStatusEnum } from '../../common/graphql-enums';
import {
  ModerationActionKindEnum,
  ModerationActionStateEnum,
  ModerationConditionEnum,
  ModerationReasonCodeEnum,
  PlatformModerationOutcomeEnum,
} from './moderation-enums';

@ObjectType('ModerationAction', {
  description:
    'One moderation decision on a comment: automatic (a rule, when the comment arrived) or by a team member. Undoing it restores the status it replaced.',
})
export class ModerationAction {
  @Field(() => ID, { description: 'Bedside id of the action.' })
  id!: string;

  @Field(() => ID, { description: 'The comment it acted on.' })
  commentId!: string;

  @Field(() => Comment, {
    nullable: true,
    description: 'The comment it acted on; null if it has been deleted since.',
  })
  comment?: Comment | null;

  @Field(() => ModerationActionKindEnum, { description: 'What was done.' })
  kind!: ModerationActionKind;

  @Field({ description: 'True when a rule did it automatically; false when a person did.' })
  automatic!: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'The rule that did it; null for a person or once the rule is deleted.',
  })
  ruleId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The rule’s name when it acted (kept after the rule changes); null for a person.',
  })
  ruleName!: string | null;

  @Field(() => ModerationConditionEnum, {
    nullable: true,
    description: 'The condition that matched; null for a person.',
  })
  condition!: ModerationCondition | null;

  @Field(() => ModerationReasonCodeEnum, {
    nullable: true,
    description: 'The community-guidelines reason of a hide or hold; null for ASSIGN_TEAM.',
  })
  reasonCode!: ModerationReasonCode | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Why the rule matched ("Links to an untrusted domain: bit.ly"); never quotes the comment beyond a list entry.',
  })
  explanation!: string | null;

  @Field(() => CaseTeamEnum, { nullable: true, description: 'The team of an ASSIGN_TEAM.' })
  team!: CaseTeam | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The case an ASSIGN_TEAM opened; null otherwise or once the case is gone.',
  })
  caseId!: string | null;

  @Field(() => CommentStatusEnum, {
    description: 'The comment’s status before: what undo restores.',
  })
  previousStatus!: CommentStatus;

  @Field(() => Int, { description: 'The text revision the decision was made on.' })
  revision!: number;

  @Field(() => ModerationActionStateEnum, { description: 'Where the action is.' })
  state!: ModerationActionState;

  @Field(() => PlatformModerationOutcomeEnum, {
    description: 'What happened on the platform; NO_CONNECTOR: in Bedside only.',
  })
  platform!: PlatformModerationOutcome;

  @Field({ description: 'What `platform` means, in words for the team.' })
  platformNote!: string;

  @Field({ description: 'When it was done (UTC).' })
  appliedAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Who did it; null when a rule did.',
  })
  appliedByName!: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When a moderator confirmed or undid it; null while nobody has.',
  })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who confirmed or undid it.' })
  decidedByName!: string | null;

  @Field({
    description:
      'True while undo would work: the action is in force and the comment still has the status it gave.',
  })
  canUndo!: boolean;
}

@ObjectType('ModerationActionEdge', { description: 'One action in a page, with its cursor.' })
export class ModerationActionEdge {
  @Field({ description: 'Opaque keyset cursor of this action.' })
  cursor!: string;

  @Field(() => ModerationAction, { description: 'The action.' })
  node!: ModerationAction;
}

@ObjectType('ModerationActionConnection', {
  description: 'A page of moderation actions, newest first.',
})
export class ModerationActionConnection {
  @Field(() => [ModerationActionEdge], { description: 'The actions of this page.' })
  edges!: ModerationActionEdge[];

  @Field(() => PageInfo, { description: 'Paging information.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many actions match the filter in all pages.' })
  totalCount!: number;
}
