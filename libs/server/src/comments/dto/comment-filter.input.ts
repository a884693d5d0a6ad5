import {
  type ChannelKind,
  type CommentStatus,
  type Intent,
  type SentimentLabel,
  type Urgency,
} from '@bedside/domain';
import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';

import {
  ChannelKindEnum,
  CommentStatusEnum,
  IntentEnum,
  SentimentEnum,
  UrgencyEnum,
} from '../../common/graphql-enums';

export enum CommentOrder {
  NEWEST = 'newest',
  OLDEST = 'oldest',
  MOST_URGENT = 'most_urgent',
}

registerEnumType(CommentOrder, {
  name: 'CommentOrder',
  description: 'Order of an inbox list.',
  valuesMap: {
    NEWEST: { description: 'Newest first, by the time written on the platform.' },
    OLDEST: { description: 'Oldest first.' },
    MOST_URGENT: {
      description:
        'Critical first, then high, normal, low, untriaged; within each, the longest-waiting first.',
    },
  },
});

@InputType('CommentFilter', {
  description:
    'Narrows an inbox list. Every field is optional; list fields match any of their values (a single value is accepted too); fields combine with AND.',
})
export class CommentFilter {
  @Field(() => [CommentStatusEnum], {
    nullable: true,
    description: 'Workflow statuses to include.',
  })
  status?: CommentStatus[] | null;

  @Field(() => [ChannelKindEnum], { nullable: true, description: 'Platforms to include.' })
  channel?: ChannelKind[] | null;

  @Field(() => [ID], { nullable: true, description: 'Specific channels (Bedside ids) to include.' })
  channelId?: string[] | null;

  @Field(() => [SentimentEnum], { nullable: true, description: 'Sentiments to include.' })
  sentiment?: SentimentLabel[] | null;

  @Field(() => [IntentEnum], {
    nullable: true,
    description: 'Comments carrying any of these intents.',
  })
  intent?: Intent[] | null;

  @Field(() => [UrgencyEnum], { nullable: true, description: 'Urgencies to include.' })
  urgency?: Urgency[] | null;

  @Field(() => ID, { nullable: true, description: 'Only comments assigned to this team member.' })
  assigneeId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only unassigned comments; false: only assigned ones.',
  })
  unassigned?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only comments with PHI; false: only without.',
  })
  hasPhi?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'Written at or after this time (inclusive).' })
  createdAfter?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Written before this time (exclusive).' })
  createdBefore?: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Full-text search over the text and the author name and handle: every word must match; the last word also matches as a prefix.',
  })
  search?: string | null;
}
