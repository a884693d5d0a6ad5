import { type Intent, type SentimentLabel, type Urgency } from '@bedside/domain';
import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';

import { IntentEnum, SentimentEnum, UrgencyEnum } from '../../common/graphql-enums';

@InputType('CorrectTriageInput', {
  description: 'A person’s labels for a comment; omitted fields keep the current label.',
})
export class CorrectTriageInput {
  @Field(() => ID, { description: 'The comment to correct.' })
  commentId!: string;

  @Field(() => SentimentEnum, { nullable: true, description: 'The right sentiment.' })
  sentiment?: SentimentLabel | null;

  @Field(() => [IntentEnum], {
    nullable: true,
    description: 'The complete right list of intents (an empty list: none apply).',
  })
  intents?: Intent[] | null;

  @Field(() => UrgencyEnum, { nullable: true, description: 'The right urgency.' })
  urgency?: Urgency | null;
}

@ObjectType('TriageCorrection', { description: 'One label a team member corrected.' })
export class TriageCorrection {
  @Field(() => ID, { description: 'Id of the correction.' })
  id!: string;

  @Field({ description: 'Which label: sentiment, intents or urgency.' })
  field!: string;

  @Field(() => [String], {
    description: 'The value before, in the domain spelling (e.g. ["complaint"]); empty if none.',
  })
  previous!: string[];

  @Field(() => [String], { description: 'The corrected value, in the domain spelling.' })
  corrected!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Who corrected it; null when that account has since been deleted.',
  })
  correctedBy!: string | null;

  @Field({ description: 'When.' })
  correctedAt!: Date;

  @Field(() => String, { nullable: true, description: 'The model whose label was corrected.' })
  modelVersion!: string | null;
}
