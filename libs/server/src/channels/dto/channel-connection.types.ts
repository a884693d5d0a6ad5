import {
  CONNECTION_HEALTHS,
  CONNECTION_STATES,
  type ConnectionHealth,
  type ConnectionState,
  REPLY_DELIVERY_STATES,
  type ReplyDeliveryState,
} from '@bedside/domain';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

import { ChannelKindEnum, graphqlEnum } from '../../common/graphql-enums';

export const ConnectionStateEnum = graphqlEnum<ConnectionState>(CONNECTION_STATES);
export const ConnectionHealthEnum = graphqlEnum<ConnectionHealth>(CONNECTION_HEALTHS);
export const ReplyDeliveryStateEnum = graphqlEnum<ReplyDeliveryState>(REPLY_DELIVERY_STATES);

registerEnumType(ConnectionStateEnum, {
  name: 'ConnectionState',
  description: 'ACTIVE: receiving and posting. PAUSED: nothing received or posted; all kept.',
});
registerEnumType(ConnectionHealthEnum, {
  name: 'ConnectionHealth',
  description:
    'What the last contact with the platform said: PENDING (none yet), HEALTHY, TOKEN_EXPIRED (reconnect), RATE_LIMITED, FAILING.',
});
registerEnumType(ReplyDeliveryStateEnum, {
  name: 'ReplyDeliveryState',
  description: 'Where a reply posted through a connector is: QUEUED, POSTING, POSTED or FAILED.',
});

@ObjectType('ChannelConnection', {
  description: 'How Bedside reaches a connected channel. Credentials are never returned.',
})
export class ChannelConnection {
  @Field(() => ConnectionStateEnum)
  state!: ConnectionState;

  @Field(() => ConnectionHealthEnum)
  health!: ConnectionHealth;

  @Field(() => String, {
    nullable: true,
    description: 'Why the channel is not healthy, in words (platform, call, code).',
  })
  healthMessage!: string | null;

  @Field(() => Date, { nullable: true, description: 'Failing without a success since then.' })
  failingSince!: Date | null;

  @Field(() => Int)
  consecutiveFailures!: number;

  @Field(() => [String], { description: 'Names of the credentials stored (never the values).' })
  credentialNames!: string[];

  @Field(() => String, { nullable: true, description: 'API base URL; null for the platform.' })
  baseUrl!: string | null;

  @Field(() => Int)
  pollIntervalSeconds!: number;

  @Field(() => Boolean, { description: 'Comments arrive by polling.' })
  polls!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Path of the webhook callback to enter in the platform app, when it has webhooks.',
  })
  webhookPath!: string | null;

  @Field(() => Date, { nullable: true })
  nextPollAt!: Date | null;

  @Field(() => Date, { nullable: true })
  lastPolledAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the last comment arrived.' })
  lastItemAt!: Date | null;

  @Field(() => Date, { nullable: true })
  lastWebhookAt!: Date | null;

  @Field(() => Int, {
    description: 'Comments received, edited or deleted through this connection.',
  })
  itemsReceived!: number;

  @Field(() => Boolean, { description: 'Replies to its comments are posted by Bedside.' })
  canPostReplies!: boolean;

  @Field(() => Boolean, { description: 'Hiding a comment in Bedside hides it on the platform.' })
  canHide!: boolean;

  @Field(() => Boolean, { description: 'Comments can be deleted on the platform from Bedside.' })
  canDelete!: boolean;

  @Field()
  connectedAt!: Date;
}

@InputType('CredentialInput', { description: 'One credential, by the name the connector reads.' })
export class CredentialInput {
  @Field()
  name!: string;

  @Field({ description: 'The secret; an empty value removes an optional credential on update.' })
  value!: string;
}

@InputType('ConnectChannelInput')
export class ConnectChannelInput {
  @Field(() => ChannelKindEnum)
  kind!: string;

  @Field()
  displayName!: string;

  @Field({
    description: 'Page id, IG account id, X user id, YouTube channel id, location name, site URL.',
  })
  accountRef!: string;

  @Field(() => [CredentialInput])
  credentials!: CredentialInput[];

  @Field(() => String, { nullable: true })
  baseUrl?: string | null;

  @Field(() => Int, { nullable: true })
  pollIntervalSeconds?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Connector options as a JSON object, e.g. {"backfillDays": 7}.',
  })
  settingsJson?: string | null;
}

@InputType('UpdateChannelConnectionInput')
export class UpdateChannelConnectionInput {
  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => [CredentialInput], { nullable: true, description: 'Only these change.' })
  credentials?: CredentialInput[] | null;

  @Field(() => String, { nullable: true, description: 'Empty for the platform default.' })
  baseUrl?: string | null;

  @Field(() => Int, { nullable: true })
  pollIntervalSeconds?: number | null;

  @Field(() => String, { nullable: true })
  settingsJson?: string | null;
}

@ObjectType('ChannelTestResult')
export class ChannelTestResult {
  @Field()
  ok!: boolean;

  @Field()
  message!: string;

  @Field(() => Int)
  itemsSeen!: number;
}

@ObjectType('ChannelPollResult')
export class ChannelPollResult {
  @Field()
  ok!: boolean;

  @Field(() => Int)
  pages!: number;

  @Field(() => Int)
  stored!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  deleted!: number;

  @Field(() => String, { nullable: true })
  message!: string | null;
}

@ObjectType('ReplyPosting', {
  description: 'A reply on its way to the platform through a connector.',
})
export class ReplyPosting {
  @Field(() => ID)
  id!: string;

  @Field(() => ReplyDeliveryStateEnum)
  state!: ReplyDeliveryState;

  @Field(() => Int)
  attempts!: number;

  @Field(() => String, { nullable: true, description: 'Why posting failed or is being retried.' })
  error!: string | null;

  @Field(() => String, { nullable: true })
  externalId!: string | null;

  @Field(() => String, { nullable: true })
  permalink!: string | null;

  @Field(() => Date, { nullable: true })
  postedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'The next attempt, while queued.' })
  nextAttemptAt!: Date | null;
}
