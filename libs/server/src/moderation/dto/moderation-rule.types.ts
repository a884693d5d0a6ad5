import {
  type CaseTeam,
  type Intent,
  type ModerationAction,
  type ModerationCondition,
  type ModerationReasonCode,
} from '@bedside/domain';
import { Field, Float, ID, ObjectType } from '@nestjs/graphql';

import { CaseTeamEnum } from '../../cases/dto/case-enums';
import { IntentEnum } from '../../common/graphql-enums';
import {
  ModerationActionKindEnum,
  ModerationConditionEnum,
  ModerationReasonCodeEnum,
} from './moderation-enums';

@ObjectType('ModerationRule', {
  description:
    'A rule applied to every new comment: one condition, one action. When several match, hiding beats holding beats assigning, then the older rule wins.',
})
export class ModerationRule {
  @Field(() => ID, { description: 'Bedside id of the rule.' })
  id!: string;

  @Field({ description: 'What the team calls it; shown on every comment it acts on.' })
  name!: string;

  @Field({ description: 'False while the rule is switched off.' })
  enabled!: boolean;

  @Field(() => ModerationConditionEnum, { description: 'What it looks for.' })
  condition!: ModerationCondition;

  @Field(() => [IntentEnum], {
    description: 'For INTENT rules, the intents that count; empty for the other conditions.',
  })
  intents!: Intent[];

  @Field(() => Float, {
    nullable: true,
    description: 'For INTENT rules, the least triage confidence that counts (0–1); null otherwise.',
  })
  minConfidence!: number | null;

  @Field(() => ModerationActionKindEnum, { description: 'What it does.' })
  action!: ModerationAction;

  @Field(() => CaseTeamEnum, {
    nullable: true,
    description: 'For ASSIGN_TEAM, the team that gets the case; null otherwise.',
  })
  team!: CaseTeam | null;

  @Field(() => ModerationReasonCodeEnum, {
    nullable: true,
    description: 'For HIDE and HOLD, the community-guidelines reason; null for ASSIGN_TEAM.',
  })
  reasonCode!: ModerationReasonCode | null;

  @Field({
    description: 'One line saying what it does, e.g. "Spam or abuse at 80% or more → hide".',
  })
  summary!: string;

  @Field({ description: 'When it was created (UTC).' })
  createdAt!: Date;

  @Field({ description: 'When it last changed (UTC).' })
  updatedAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Who changed it last; null for the rule Bedside ships with.',
  })
  updatedByName!: string | null;
}

@ObjectType('ModerationWordLists', {
  description:
    'The lists moderation rules read. Words and phrases match whole, ignoring case, accents and leetspeak; a trusted domain includes its subdomains.',
})
export class ModerationWordLists {
  @Field(() => [String], { description: 'Words and phrases BANNED_WORD rules look for.' })
  banned!: string[];

  @Field(() => [String], { description: 'Words and phrases SUSPECT_WORD rules look for.' })
  suspect!: string[];

  @Field(() => [String], {
    description: 'Domains links may point to without tripping UNTRUSTED_LINK rules (cdc.gov).',
  })
  trustedDomains!: string[];

  @Field(() => Date, {
    nullable: true,
    description: 'When a list last changed; null while all are empty and untouched.',
  })
  updatedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who changed a list last.' })
  updatedByName!: string | null;
}
