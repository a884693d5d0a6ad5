import { REPLY_DELIVERY_STATES, type ReplyDeliveryState } from '@bedside/domain';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Unique,
} from 'typeorm';

import { inListCheck, TimestampColumn } from '../../database/columns';
import { ReplyEntity } from '../../replies/reply.entity';
import { ChannelEntity } from '../channel.entity';

/**
 * One approved reply on its way to the platform. The row is written in the transaction that
 * accepts the send, and its id is the attempt key. After an attempt whose outcome is unknown
 * (time-out, network error, 5xx) the next attempt first asks the platform whether the reply is
 * already there, so a retry never posts it twice.
 */
@Entity('reply_outbox')
@Unique('UQ_reply_outbox_reply', ['replyId'])
@Check('CHK_reply_outbox_status', inListCheck('status', REPLY_DELIVERY_STATES))
@Index('IDX_reply_outbox_due', ['status', 'nextAttemptAt'])
export class ReplyOutboxEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  replyId!: string;

  @ManyToOne(() => ReplyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reply_id', foreignKeyConstraintName: 'FK_reply_outbox_reply' })
  reply?: ReplyEntity;

  @Column({ type: 'varchar', length: 36 })
  channelId!: string;

  @ManyToOne(() => ChannelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'channel_id', foreignKeyConstraintName: 'FK_reply_outbox_channel' })
  channel?: ChannelEntity;

  @Column({ type: 'varchar', length: 16, default: 'queued' })
  status!: ReplyDeliveryState;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  /** Due time while queued; the lease's end while posting. */
  @TimestampColumn()
  nextAttemptAt!: Date;

  /** Where a search for an already-posted reply starts. */
  @TimestampColumn({ nullable: true })
  firstAttemptAt!: Date | null;

  /** The last attempt may have reached the platform: look before posting again. */
  @Column({ type: 'boolean', default: false })
  outcomeUnknown!: boolean;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  externalId!: string | null;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  permalink!: string | null;

  @TimestampColumn({ nullable: true })
  postedAt!: Date | null;

  /** The ChannelError kind of the last failure. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  errorKind!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  errorMessage!: string | null;

  @TimestampColumn()
  createdAt!: Date;

  @TimestampColumn()
  updatedAt!: Date;
}
