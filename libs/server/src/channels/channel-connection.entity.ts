import {
  CONNECTION_HEALTHS,
  CONNECTION_STATES,
  type ConnectionHealth,
  type ConnectionState,
} from '@bedside/domain';
import { Check, Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';

import { inListCheck, TimestampColumn } from '../database/columns';
import { ChannelEntity } from './channel.entity';

/**
 * How Bedside reaches one connected channel: its encrypted credentials, the polling cursor and
 * schedule, and the health the last contact left. One row per channel; deleting the row
 * disconnects the channel and keeps its comments.
 */
@Entity('channel_connections')
@Check('CHK_channel_connections_state', inListCheck('state', CONNECTION_STATES))
@Check('CHK_channel_connections_health', inListCheck('health', CONNECTION_HEALTHS))
@Index('IDX_channel_connections_due', ['state', 'nextPollAt'])
export class ChannelConnectionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  channelId!: string;

  @OneToOne(() => ChannelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'channel_id', foreignKeyConstraintName: 'FK_channel_connections_channel' })
  channel?: ChannelEntity;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  state!: ConnectionState;

  /** AES-256-GCM ciphertext of the credentials' JSON (see CredentialCipher). */
  @Column({ type: 'text' })
  credentials!: string;

  /** Per-account connector options, JSON. */
  @Column({ type: 'simple-json' })
  settings!: Record<string, unknown>;

  /** The platform API root; null for the platform's public URL. */
  @Column({ type: 'varchar', length: 2048, nullable: true })
  baseUrl!: string | null;

  @Column({ type: 'integer', default: 60 })
  pollIntervalSeconds!: number;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  health!: ConnectionHealth;

  /** The platform's answer in our words (kind, status, code): never credentials or comment text. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  healthMessage!: string | null;

  @TimestampColumn({ nullable: true })
  failingSince!: Date | null;

  @Column({ type: 'integer', default: 0 })
  consecutiveFailures!: number;

  /** The connector's opaque cursor; advanced only after the items before it are stored. */
  @Column({ type: 'text', nullable: true })
  pollCursor!: string | null;

  /** Null: not polled (webhook-only, paused, or waiting for new credentials). */
  @TimestampColumn({ nullable: true })
  nextPollAt!: Date | null;

  /** A poller holds the channel until then, so two processes never poll it at once. */
  @TimestampColumn({ nullable: true })
  pollLeaseUntil!: Date | null;

  @TimestampColumn({ nullable: true })
  lastPolledAt!: Date | null;

  @TimestampColumn({ nullable: true })
  lastItemAt!: Date | null;

  @TimestampColumn({ nullable: true })
  lastWebhookAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  itemsReceived!: number;

  @TimestampColumn()
  createdAt!: Date;

  @TimestampColumn()
  updatedAt!: Date;
}
