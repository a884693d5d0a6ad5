import { SLA_STATES, type SlaState, type Urgency } from '@bedside/domain';
import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { UrgencyEnum } from '../../common/graphql-enums';

export const SlaStateEnum = Object.fromEntries(
  SLA_STATES.map((state) => [state.toUpperCase(), state]),
) as Record<Uppercase<SlaState>, SlaState>;

const SLA_STATE_DESCRIPTIONS: Record<SlaState, string> = {
  none: 'No deadline: the policy of this urgency sets none, or it is not triaged yet.',
  on_track: 'Open, with more than the last quarter of its time left.',
  due_soon: 'Open, in the last quarter of its time.',
  breached: 'Past the deadline: still open, or done after it.',
  met: 'Done by the deadline.',
};

registerEnumType(SlaStateEnum, {
  name: 'SlaState',
  description: 'Where a comment or case stands against its SLA deadline.',
  valuesMap: Object.fromEntries(
    SLA_STATES.map((state) => [
      state.toUpperCase(),
      { description: SLA_STATE_DESCRIPTIONS[state] },
    ]),
  ),
});

@ObjectType('SlaPolicy', {
  description: 'How long the team has to act on a comment or case of one urgency.',
})
export class SlaPolicy {
  @Field(() => UrgencyEnum, { description: 'The urgency this deadline applies to.' })
  urgency!: Urgency;

  @Field(() => Int, {
    nullable: true,
    description: 'Minutes from arrival (or from opening a case) to the deadline; null: none.',
  })
  minutes!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The built-in default in minutes (critical 15, high 60, normal 1440); null: none.',
  })
  defaultMinutes!: number | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When a manager last changed it; null while it is the default.',
  })
  updatedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Who last changed it; null while it is the default or for a deleted account.',
  })
  updatedBy!: string | null;
}

@InputType('UpdateSlaPolicyInput', { description: 'A new deadline for one urgency.' })
export class UpdateSlaPolicyInput {
  @Field(() => UrgencyEnum, { description: 'The urgency whose deadline changes.' })
  urgency!: Urgency;

  @Field(() => Int, {
    nullable: true,
    description: 'Whole minutes, 1 to 43200 (30 days); null or omitted for no deadline.',
  })
  minutes?: number | null;
}

@ObjectType('CommentSla', {
  description:
    'The first-response deadline of a comment: its arrival plus the SLA of its urgency. A reply stops the clock; closing or hiding it without a reply stops it too.',
})
export class CommentSla {
  @Field(() => SlaStateEnum, { description: 'Where the comment stands against its deadline.' })
  state!: SlaState;

  @Field({ description: 'True when the deadline passed without a response (state BREACHED).' })
  breached!: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'The first-response deadline; null when its urgency has none or it is untriaged.',
  })
  dueAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the clock stopped: the first reply, or closing or hiding it without one; null while it runs.',
  })
  stoppedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was first marked replied; null until then.',
  })
  firstRespondedAt!: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Seconds from arrival to the first reply; null until replied.',
  })
  firstResponseSeconds!: number | null;
}
