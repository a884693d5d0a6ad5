import { createConnectorRegistry } from '@bedside/channels';
import { CHANNEL_CONNECTION_SPECS, type ChannelKind } from '@bedside/domain';
import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DataSource } from 'typeorm';

import { type Actor } from '../../auth/actor';
import { CurrentActor } from '../../auth/current-actor.decorator';
import { Roles } from '../../auth/roles.decorator';
import { badInput } from '../../common/app-error';
import { Reply } from '../../replies/dto/reply.types';
import { RepliesService } from '../../replies/replies.service';
import { type ReplyEntity } from '../../replies/reply.entity';
import { toChannelType } from '../channel.mapper';
import { type ChannelConnectionEntity } from '../channel-connection.entity';
import { ChannelConnectionsService } from '../channel-connections.service';
import { Channel } from '../dto/channel.type';
import {
  ChannelConnection,
  ChannelPollResult,
  ChannelTestResult,
  ConnectChannelInput,
  type CredentialInput,
  ReplyPosting,
  UpdateChannelConnectionInput,
} from '../dto/channel-connection.types';
import { ChannelPoller } from './channel-poller.service';
import { ReplyOutboxEntity } from './reply-outbox.entity';

// Capabilities only: these connectors never make a call.
const CAPABILITIES = createConnectorRegistry({ now: () => new Date() });

export function toConnectionType(
  kind: ChannelKind,
  connection: ChannelConnectionEntity,
  credentialNames: string[],
): ChannelConnection {
  const capabilities = CAPABILITIES[kind].capabilities;
  const spec = CHANNEL_CONNECTION_SPECS[kind];
  return {
    state: connection.state,
    health: connection.health,
    healthMessage: connection.healthMessage,
    failingSince: connection.failingSince,
    consecutiveFailures: connection.consecutiveFailures,
    credentialNames,
    baseUrl: connection.baseUrl,
    pollIntervalSeconds: connection.pollIntervalSeconds,
    polls: spec?.polling ?? false,
    webhookPath: spec?.webhooks ? `/webhooks/${kind}` : null,
    nextPollAt: connection.nextPollAt,
    lastPolledAt: connection.lastPolledAt,
    lastItemAt: connection.lastItemAt,
    lastWebhookAt: connection.lastWebhookAt,
    itemsReceived: connection.itemsReceived,
    canPostReplies: capabilities.reply,
    canHide: capabilities.hide,
    canDelete: capabilities.delete,
    connectedAt: connection.createdAt,
  };
}

function credentialMap(credentials: CredentialInput[]): Record<string, string> {
  return Object.fromEntries(credentials.map((credential) => [credential.name, credential.value]));
}

function parseSettings(json: string | null | undefined): Record<string, unknown> | null {
  if (json == null || json.trim() === '') {
    return null;
  }
  try {
    const value: unknown = JSON.parse(json);
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return value as Record<string, unknown>;
    }
  } catch {
    // reported below
  }
  throw badInput('Connector settings must be a JSON object, e.g. {"backfillDays": 7}.');
}

/** Connecting channels and watching their health (admin); every role sees the status. */
@Resolver(() => Channel)
export class ChannelConnectionsResolver {
  constructor(
    private readonly connections: ChannelConnectionsService,
    private readonly poller: ChannelPoller,
  ) {}

  @Roles('agent')
  @ResolveField(() => ChannelConnection, {
    nullable: true,
    description: 'How the channel is connected; null for channels filled by import only.',
  })
  async connection(@Parent() channel: Channel): Promise<ChannelConnection | null> {
    const connection = await this.connections.connection(channel.id);
    return connection
      ? toConnectionType(channel.kind, connection, this.connections.credentialNames(connection))
      : null;
  }

  @Roles('admin')
  @Mutation(() => Channel, {
    description: 'Connects an account (admin): its comments start arriving by webhook or polling.',
  })
  async connectChannel(
    @Args('input') input: ConnectChannelInput,
    @CurrentActor() actor: Actor,
  ): Promise<Channel> {
    const channel = await this.connections.connect(actor, {
      kind: input.kind as ChannelKind,
      displayName: input.displayName,
      accountRef: input.accountRef,
      credentials: credentialMap(input.credentials),
      baseUrl: input.baseUrl ?? null,
      pollIntervalSeconds: input.pollIntervalSeconds ?? null,
      settings: parseSettings(input.settingsJson),
    });
    return toChannelType(channel);
  }

  @Roles('admin')
  @Mutation(() => Channel, {
    description: 'Changes a connection (admin); new credentials retry at once.',
  })
  async updateChannelConnection(
    @Args('channelId', { type: () => ID }) channelId: string,
    @Args('input') input: UpdateChannelConnectionInput,
    @CurrentActor() actor: Actor,
  ): Promise<Channel> {
    const channel = await this.connections.update(actor, channelId, {
      displayName: input.displayName ?? null,
      credentials: input.credentials ? credentialMap(input.credentials) : null,
      ...(input.baseUrl !== undefined ? { baseUrl: input.baseUrl } : {}),
      pollIntervalSeconds: input.pollIntervalSeconds ?? null,
      settings: parseSettings(input.settingsJson),
    });
    return toChannelType(channel);
  }

  @Roles('admin')
  @Mutation(() => Channel, {
    description: 'Stops receiving and posting (admin); everything stays.',
  })
  async pauseChannel(
    @Args('channelId', { type: () => ID }) channelId: string,
    @CurrentActor() actor: Actor,
  ): Promise<Channel> {
    return toChannelType(await this.connections.setPaused(actor, channelId, true));
  }

  @Roles('admin')
  @Mutation(() => Channel, {
    description: 'Resumes a paused channel (admin) and polls it at once.',
  })
  async resumeChannel(
    @Args('channelId', { type: () => ID }) channelId: string,
    @CurrentActor() actor: Actor,
  ): Promise<Channel> {
    return toChannelType(await this.connections.setPaused(actor, channelId, false));
  }

  @Roles('admin')
  @Mutation(() => Channel, {
    description: 'Forgets the credentials (admin). The channel and its comments stay.',
  })
  async disconnectChannel(
    @Args('channelId', { type: () => ID }) channelId: string,
    @CurrentActor() actor: Actor,
  ): Promise<Channel> {
    return toChannelType(await this.connections.disconnect(actor, channelId));
  }

  @Roles('admin')
  @Mutation(() => ChannelTestResult, {
    description: 'Asks the platform for one page with the stored credentials; stores nothing.',
  })
  testChannelConnection(
    @Args('channelId', { type: () => ID }) channelId: string,
  ): Promise<ChannelTestResult> {
    return this.poller.test(channelId);
  }

  @Roles('admin')
  @Mutation(() => ChannelPollResult, {
    description: 'Polls the channel now, whatever its schedule.',
  })
  pollChannelNow(
    @Args('channelId', { type: () => ID }) channelId: string,
  ): Promise<ChannelPollResult> {
    return this.poller.pollNow(channelId);
  }
}

/** Where a reply posted through a connector is. */
@Resolver(() => Reply)
export class ReplyPostingResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly replies: RepliesService,
  ) {}

  @Roles('agent')
  @ResolveField(() => ReplyPosting, {
    nullable: true,
    description: 'Its posting through the channel connector; null when sent by hand or not sent.',
  })
  async posting(@Parent() reply: ReplyEntity): Promise<ReplyPosting | null> {
    const row = await this.dataSource
      .getRepository(ReplyOutboxEntity)
      .findOneBy({ replyId: reply.id });
    if (!row) {
      return null;
    }
    return {
      id: row.id,
      state: row.status,
      attempts: row.attempts,
      error: row.errorMessage,
      externalId: row.externalId,
      permalink: row.permalink,
      postedAt: row.postedAt,
      nextAttemptAt: row.status === 'queued' ? row.nextAttemptAt : null,
    };
  }

  @Roles('agent')
  @Mutation(() => Reply, {
    description: 'Queues a reply whose posting failed for another attempt.',
  })
  retryReplyDelivery(
    @Args('replyId', { type: () => ID }) replyId: string,
    @CurrentActor() actor: Actor,
  ): Promise<ReplyEntity> {
    return this.replies.retryDelivery(actor, replyId);
  }
}
