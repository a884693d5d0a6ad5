import { isChannelError } from '@bedside/channels';
import { type ChannelKind } from '@bedside/domain';
import { Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';

import { ChannelConnectionsService } from '../channels/channel-connections.service';

/** The comment on its platform, as a connector addresses it. */
export interface PlatformCommentRef {
  /** Bedside's channel (a connected account). */
  channelId: string;
  channel: ChannelKind;
  externalId: string;
}

export type PlatformModerationResult =
  | { outcome: 'done' }
  | { outcome: 'no_connector' }
  /** `code` is the platform's error kind or code, never its message (it may quote the comment). */
  | { outcome: 'failed'; code: string };

export type PlatformAction = 'hide' | 'unhide' | 'delete';

/**
 * Hides, unhides and deletes comments on the platforms themselves. Bedside records every
 * moderation action first and then, after commit, asks this to mirror it, so a platform call
 * never holds a database transaction open.
 */
export interface PlatformModeration {
  /** Whether this channel's connector can hide comments. No I/O: asked inside transactions. */
  canModerate(channelId: string): boolean;
  /** Whether this channel's connector can delete someone else's comment. No I/O. */
  canDelete(channelId: string): boolean;
  apply(action: PlatformAction, comment: PlatformCommentRef): Promise<PlatformModerationResult>;
}

/** Injection token of the PlatformModeration in use. */
export const PLATFORM_MODERATION = Symbol('PlatformModeration');

/**
 * Moderation through the channel connectors. Which channels can hide or delete is kept in memory
 * (refreshed whenever a connection changes), because it is asked inside transactions.
 */
@Injectable()
export class ConnectorPlatformModeration
  implements PlatformModeration, OnApplicationBootstrap, OnModuleDestroy
{
  private hideable = new Set<string>();
  private deletable = new Set<string>();
  private stopListening: (() => void) | null = null;

  constructor(private readonly connections: ChannelConnectionsService) {}

  async onApplicationBootstrap(): Promise<void> {
    this.stopListening = this.connections.onChange(() => void this.refresh());
    await this.refresh();
  }

  onModuleDestroy(): void {
    this.stopListening?.();
  }

  async refresh(): Promise<void> {
    const hideable = new Set<string>();
    const deletable = new Set<string>();
    for (const connection of (await this.connections.connections()).values()) {
      if (connection.state !== 'active') {
        continue;
      }
      const capabilities = this.connections.capabilitiesOf(connection.channelId);
      if ((await capabilities)?.hide) {
        hideable.add(connection.channelId);
      }
      if ((await capabilities)?.delete) {
        deletable.add(connection.channelId);
      }
    }
    this.hideable = hideable;
    this.deletable = deletable;
  }

  canModerate(channelId: string): boolean {
    return this.hideable.has(channelId);
  }

  canDelete(channelId: string): boolean {
    return this.deletable.has(channelId);
  }

  async apply(action: PlatformAction, ref: PlatformCommentRef): Promise<PlatformModerationResult> {
    const live = await this.connections.live(ref.channelId);
    if (!live || live.connection.state !== 'active') {
      return { outcome: 'no_connector' };
    }
    const { connector, account } = live;
    try {
      if (action === 'delete') {
        if (!connector.delete) {
          return { outcome: 'no_connector' };
        }
        await connector.delete(account, ref.externalId);
      } else {
        if (!connector.setHidden) {
          return { outcome: 'no_connector' };
        }
        await connector.setHidden(account, ref.externalId, action === 'hide');
      }
      return { outcome: 'done' };
    } catch (error) {
      return {
        outcome: 'failed',
        code: isChannelError(error)
          ? `${error.kind}${error.platformCode === undefined ? '' : `:${String(error.platformCode)}`}`
          : error instanceof Error
            ? error.name
            : 'Error',
      };
    }
  }
}
