import {
  type CaseCategory,
  type CaseStatus,
  type CaseTeam,
  type SlaState,
  type Urgency,
} from '@bedside/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

import { Comment } from '../../comments/dto/comment.type';
import { UrgencyEnum } from '../../common/graphql-enums';
import { SlaStateEnum } from '../../sla/dto/sla.types';
import { type CaseEventKind } from '../case-event.entity';
import { CaseCategoryEnum, CaseEventKindEnum, CaseStatusEnum, CaseTeamEnum } from './case-enums';

@ObjectType('CaseSla', { description: 'Where a case stands against its deadline.' })
export class CaseSla {
  @Field(() => SlaStateEnum, { description: 'On track, due soon, breached, met, or none.' })
  state!: SlaState;

  @Field({ description: 'True when the deadline passed before the case was resolved.' })
  breached!: boolean;
}

@ObjectType('CaseEvent', {
  description: 'One entry of a case timeline. May hold note text: internal, never public.',
})
export class CaseEvent {
  @Field(() => ID, { description: 'Id of the entry.' })
  id!: string;

  @Field({ description: 'When it happened (UTC).' })
  at!: Date;

  @Field(() => CaseEventKindEnum, { description: 'What happened.' })
  kind!: CaseEventKind;

  @Field(() => String, {
    nullable: true,
    description: 'Who did it; null for the system or a deleted account.',
  })
  actorName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The value before a change (see CaseEventKind); null when there was none.',
  })
  from!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The value after a change (see CaseEventKind); null for none.',
  })
  to!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The text of a note or resolution note; null for other entries.',
  })
  text!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The comment a COMMENT_LINKED entry linked; null for other entries.',
  })
  commentId!: string | null;
}

@ObjectType('Case', {
  description:
    'An escalation case: comments handed to a hospital team with an owner, a deadline and a timeline.',
})
export class Case {
  @Field(() => ID, { description: 'Bedside id of the case.' })
  id!: string;

  @Field(() => Int, { description: 'Case number, unique and counting up from 1001.' })
  number!: number;

  @Field({ description: 'The number as people write it: "C-1001".' })
  reference!: string;

  @Field({ description: 'Short internal title. May name a patient: never shown in public.' })
  title!: string;

  @Field(() => CaseCategoryEnum, { description: 'What kind of matter it is.' })
  category!: CaseCategory;

  @Field(() => UrgencyEnum, {
    description: 'Priority: the most urgent urgency of its comments unless someone changed it.',
  })
  priority!: Urgency;

  @Field(() => CaseTeamEnum, { description: 'The team that owns it.' })
  team!: CaseTeam;

  @Field(() => CaseStatusEnum, { description: 'Where it is in its workflow.' })
  status!: CaseStatus;

  @Field(() => ID, { nullable: true, description: 'User it is assigned to; null: nobody.' })
  assigneeId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Name of the assignee; null when unassigned.',
  })
  assigneeName?: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Deadline: the SLA of its priority counted from when it was opened, its priority changed or it was reopened; null when that policy sets none.',
  })
  dueAt!: Date | null;

  @Field(() => CaseSla, { description: 'Where it stands against its deadline now.' })
  sla!: CaseSla;

  @Field({ description: 'When it was opened (UTC).' })
  createdAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Who opened it; null for an API token or a deleted account.',
  })
  createdByName?: string | null;

  @Field({ description: 'When anything about it last changed (UTC).' })
  updatedAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was resolved; null unless its status is RESOLVED.',
  })
  resolvedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'How it was resolved; null unless its status is RESOLVED. Internal.',
  })
  resolutionNote!: string | null;

  @Field(() => [Comment], {
    description: 'The comments linked to it, in the order they were linked.',
  })
  comments?: Comment[];

  @Field(() => [CaseEvent], { description: 'The timeline, oldest entry first.' })
  events?: CaseEvent[];

  /** For relation resolvers; not GraphQL fields. */
  createdById!: string | null;
}
