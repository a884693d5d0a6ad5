import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { UrgencyEnum } from '../../common/graphql-enums';

export enum ReportGranularity {
  HOUR = 'hour',
  DAY = 'day',
}

registerEnumType(ReportGranularity, {
  name: 'ReportGranularity',
  description: 'Buckets of the series: hours for ranges up to three days, days beyond.',
});

@InputType('ReportFilterInput')
export class ReportFilterInput {
  @Field({ description: 'Start of the range (rounded down to the hour).' })
  from!: Date;

  @Field(() => Date, { nullable: true, description: 'End of the range; now when omitted.' })
  to?: Date | null;

  @Field(() => [ID], { nullable: true, description: 'Only these channels.' })
  channelIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Only the comments on this post.' })
  postId?: string | null;
}

@ObjectType('ReportRange')
export class ReportRange {
  @Field()
  from!: Date;

  @Field()
  to!: Date;

  @Field(() => ReportGranularity)
  granularity!: ReportGranularity;

  @Field({ description: 'The previous period of the same length, for comparisons.' })
  previousFrom!: Date;

  @Field()
  previousTo!: Date;
}

@ObjectType('ReportComparison', { description: 'A count in the range and in the previous period.' })
export class ReportComparison {
  @Field(() => Int)
  current!: number;

  @Field(() => Int)
  previous!: number;

  @Field(() => Float, { nullable: true, description: 'Percent change; null when previous is 0.' })
  changePercent!: number | null;
}

@ObjectType('VolumePoint')
export class VolumePoint {
  @Field({ description: 'Start of the bucket (ISO, UTC).' })
  bucket!: string;

  @Field(() => ID)
  channelId!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('SentimentPoint')
export class SentimentPoint {
  @Field()
  bucket!: string;

  @Field(() => Int)
  negative!: number;

  @Field(() => Int)
  neutral!: number;

  @Field(() => Int)
  positive!: number;
}

@ObjectType('ReportLabelCount', {
  description: 'Comments with a label, now and in the previous period.',
})
export class ReportLabelCount {
  @Field({ description: 'The domain value, e.g. complaint, negative, critical.' })
  label!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => Int)
  previous!: number;
}

@ObjectType('ResponseTimeRow')
export class ResponseTimeRow {
  @Field(() => UrgencyEnum, { nullable: true, description: 'Null: every urgency together.' })
  urgency!: string | null;

  @Field(() => Int, { description: 'Comments of the range that got a first response.' })
  responded!: number;

  @Field(() => Int, { nullable: true })
  p50Seconds!: number | null;

  @Field(() => Int, { nullable: true })
  p90Seconds!: number | null;

  @Field(() => Int, { nullable: true, description: 'The SLA target in minutes; null: none.' })
  slaMinutes!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Share (0–1) answered within the SLA target.',
  })
  slaCompliance!: number | null;
}

@ObjectType('AgentWorkload')
export class AgentWorkload {
  @Field(() => ID, { nullable: true })
  userId!: string | null;

  @Field()
  name!: string;

  @Field(() => Int)
  repliesSent!: number;

  @Field(() => Int)
  labelCorrections!: number;
}

@ObjectType('CorrectionCount', {
  description: 'How often a triage label was corrected to a value.',
})
export class CorrectionCount {
  @Field({ description: 'sentiment, intents or urgency.' })
  field!: string;

  @Field({ description: 'The corrected value.' })
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('ThemeExample')
export class ThemeExample {
  @Field(() => ID)
  commentId!: string;

  @Field({ description: 'A short excerpt with PHI replaced by […].' })
  excerpt!: string;
}

@ObjectType('ReportTheme', { description: 'A recurring word or phrase of the range.' })
export class ReportTheme {
  @Field()
  term!: string;

  @Field(() => Int)
  count!: number;

  @Field(() => Int)
  previousCount!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Percent change of its share; null when new.',
  })
  change!: number | null;

  @Field(() => [ThemeExample])
  examples!: ThemeExample[];
}

@ObjectType('TopPost')
export class TopPost {
  @Field(() => ID)
  postId!: string;

  @Field(() => ID)
  channelId!: string;

  @Field(() => String, { nullable: true })
  url!: string | null;

  @Field(() => String, { nullable: true })
  excerpt!: string | null;

  @Field(() => Int)
  comments!: number;

  @Field(() => Int)
  negative!: number;
}

@ObjectType('ReportSpike', { description: 'A storm: a jump in volume or in negative sentiment.' })
export class ReportSpike {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'volume or negative.' })
  kind!: string;

  @Field(() => ID, { nullable: true, description: 'The channel; null for all channels.' })
  channelId!: string | null;

  @Field()
  windowStart!: Date;

  @Field()
  windowEnd!: Date;

  @Field(() => Int)
  count!: number;

  @Field(() => Float)
  expected!: number;

  @Field(() => Float, { nullable: true })
  ratio!: number | null;

  @Field()
  reason!: string;

  @Field()
  raisedAt!: Date;

  @Field(() => Date, { nullable: true })
  acknowledgedAt!: Date | null;
}

@ObjectType('SpikeSettings', { description: 'When a spike alert is raised (managers tune it).' })
export class SpikeSettingsType {
  @Field(() => Float, { description: 'At least this many times the usual count.' })
  multiplier!: number;

  @Field(() => Int, { description: 'At least this many comments in the hour.' })
  minCount!: number;

  @Field(() => Int, { description: 'At least this many more than usual.' })
  minIncrease!: number;
}

@InputType('SpikeSettingsInput')
export class SpikeSettingsInput {
  @Field(() => Float)
  multiplier!: number;

  @Field(() => Int)
  minCount!: number;

  @Field(() => Int)
  minIncrease!: number;
}

/** The report object: its measures are resolved only when a client asks for them. */
@ObjectType('Report', {
  description:
    'Engagement over a date range, with the previous period for comparison. Each field is computed from rollups when asked for.',
})
export class Report {
  @Field(() => ReportRange)
  range!: ReportRange;
}
