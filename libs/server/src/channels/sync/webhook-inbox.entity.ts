import { type ChannelKind } from '@bedside/domain';
import { Check, Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';

import { inListCheck, TimestampColumn } from '../../database/columns';

export const INBOX_STATUSES = ['pending', 'done', 'failed'] as const;
export type InboxStatus = (typeof INBOX_STATUSES)[number];

/**
 * A verified webhook delivery, stored before it is acknowledged and processed from here, so a
 * crash between the two loses nothing. The delivery key (a hash of the channel kind and the exact
 * body) makes a platform's redelivery of the same body a no-op.
 */
@Entity('webhook_inbox')
@Unique('UQ_webhook_inbox_delivery', ['deliveryKey'])
@Check('CHK_webhook_inbox_status', inListCheck('status', INBOX_STATUSES))
@Index('IDX_webhook_inbox_due', ['status', 'nextAttemptAt', 'id'])
export class WebhookInboxEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  channelKind!: ChannelKind;

  @Column({ type: 'varchar', length: 64 })
  deliveryKey!: string;

  /** The exact body received, kept for replay and audit. */
  @Column({ type: 'text' })
  rawBody!: string;

  /** The connector's parse of the body: `[{ accountRef, event }]`, JSON. */
  @Column({ type: 'text' })
  events!: string;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status!: InboxStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /** Due time; a worker that claims the row pushes it a lease ahead. */
  @TimestampColumn()
  nextAttemptAt!: Date;

  @TimestampColumn()
  receivedAt!: Date;

  @TimestampColumn({ nullable: true })
  processedAt!: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  error!: string | null;
}
