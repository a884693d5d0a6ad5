import {
  type CommentStatus,
  type Intent,
  type PhiType,
  type SentimentLabel,
  type Urgency,
} from '@bedside/domain';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

import { Channel } from '../../channels/dto/channel.type';
import {
  CommentStatusEnum,
  IntentEnum,
  PhiTypeEnum,
  SentimentEnum,
  UrgencyEnum,
} from '../../common/graphql-enums';
import { Post } from '../../posts/dto/post.type';

@ObjectType('IntentScore', { description: 'One intent triage found in a comment.' })
export class IntentScore {
  @Field(() => IntentEnum, { description: 'The intent.' })
  label!: Intent;

  @Field(() => Float, { description: 'How sure triage is, from 0 to 1.' })
  confidence!: number;
}

@ObjectType('PhiSpan', {
  description:
    'Protected health information found in the text: do not repeat it in a public reply. Offsets are UTF-16 code units, end exclusive.',
})
export class PhiSpanType {
  @Field(() => PhiTypeEnum, { description: 'What kind of identifier the span holds.' })
  type!: PhiType;

  @Field(() => Int, { description: 'Offset of the first character of the span.' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the last character of the span.' })
  end!: number;
}

@ObjectType('TriageReason', {
  description: 'The cues that made triage give one label, for a tooltip.',
})
export class TriageReason {
  @Field({
    description:
      'The label explained: "sentiment", "urgency", an intent or a PHI type (lower_snake).',
  })
  label!: string;

  @Field(() => [String], { description: 'Words and patterns that drove the label.' })
  cues!: string[];
}

@ObjectType('Comment', {
  description: 'A comment, review or reply on one of the hospital channels.',
})
export class Comment {
  @Field(() => ID, { description: 'Bedside id of the comment.' })
  id!: string;

  /** Ids for relation resolvers; not GraphQL fields. */
  channelId!: string;
  postId!: string | null;
  parentId!: string | null;
  /** Read by the `sla` field (cases and SLAs). */
  firstRespondedAt!: Date | null;

  @Field(() => Channel, { description: 'The channel the comment came from.' })
  channel?: Channel;

  @Field(() => Post, {
    nullable: true,
    description: 'The hospital post it sits on; null for reviews and unknown posts.',
  })
  post?: Post | null;

  @Field(() => Comment, {
    nullable: true,
    description:
      'The comment this one answers; null for a top-level comment or a parent not (yet) received.',
  })
  parent?: Comment | null;

  @Field(() => [Comment], {
    description: 'Every comment above this one in its thread, the top-level comment first.',
  })
  ancestors?: Comment[];

  @Field(() => [Comment], { description: 'Direct replies, oldest first (at most 200).' })
  replies?: Comment[];

  @Field(() => Int, { description: 'Number of direct replies.' })
  replyCount?: number;

  @Field({ description: "The comment's id on its platform; unique per channel." })
  externalId!: string;

  @Field(() => String, {
    nullable: true,
    description: "The author's display name; null when the platform hides it.",
  })
  authorName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The author's handle (@name); null on platforms without handles.",
  })
  authorHandle!: string | null;

  @Field({ description: 'The comment as posted. May contain PHI: see `phi`.' })
  text!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Link to the comment on its platform; null when unknown.',
  })
  url!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Star rating 1–5 of a review; null for comments.',
  })
  rating!: number | null;

  @Field({ description: 'When it was written on the platform (UTC).' })
  createdAt!: Date;

  @Field({ description: 'When Bedside first received it (UTC).' })
  receivedAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When Bedside last saw its text change; null if never edited.',
  })
  editedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the platform reported it deleted; null while it is up.',
  })
  deletedAt!: Date | null;

  @Field(() => Int, { description: 'Text revision, starting at 1 and counting edits.' })
  revision!: number;

  @Field(() => CommentStatusEnum, { description: 'Workflow status.' })
  status!: CommentStatus;

  @Field(() => Date, {
    nullable: true,
    description: 'When the status last changed; null while it is still new.',
  })
  statusChangedAt!: Date | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Team member it is assigned to; null when unassigned.',
  })
  assigneeId!: string | null;

  @Field(() => SentimentEnum, { nullable: true, description: 'Overall tone; null until triaged.' })
  sentiment!: SentimentLabel | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Tone score from -1 (negative) to 1 (positive); null until triaged.',
  })
  sentimentScore!: number | null;

  @Field(() => [IntentScore], {
    description: 'Intents found; empty for chit-chat or before triage.',
  })
  intents!: IntentScore[];

  @Field(() => UrgencyEnum, { nullable: true, description: 'How fast to act; null until triaged.' })
  urgency!: Urgency | null;

  @Field(() => [PhiSpanType], { description: 'PHI found in the text; empty when none.' })
  phi!: PhiSpanType[];

  @Field({ description: 'True when the text holds PHI: never repeat it in a reply.' })
  hasPhi!: boolean;

  @Field(() => [TriageReason], { description: 'Why each label was given.' })
  triageReasons!: TriageReason[];

  @Field(() => String, {
    nullable: true,
    description: 'Triage model that produced the labels; null until triaged.',
  })
  triageModelVersion!: string | null;
}
