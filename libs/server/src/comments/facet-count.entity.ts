import { COMMENT_STATUSES, type CommentStatus } from '@bedside/domain';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { ChannelEntity } from '../channels/channel.entity';
import { inListCheck } from '../database/columns';

/**
 * How many comments share one combination of the inbox's categorical filters (channel, status,
 * urgency, sentiment, intents, PHI). Kept exact in the same transaction as every insert, status
 * change and re-triage, so tab badges and `totalCount` for those filters sum a few hundred rows
 * instead of counting a million comments. Untriaged comments have sentiment ''.
 */
@Entity('comment_facet_counts')
@Check('CHK_comment_facet_counts_status', inListCheck('status', COMMENT_STATUSES))
export class FacetCountEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  channelId!: string;

  @ManyToOne(() => ChannelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'channel_id', foreignKeyConstraintName: 'FK_comment_facet_counts_channel' })
  channel?: ChannelEntity;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  status!: CommentStatus;

  @PrimaryColumn({ type: 'integer' })
  urgencyRank!: number;

  @PrimaryColumn({ type: 'varchar', length: 8 })
  sentiment!: string;

  @PrimaryColumn({ type: 'integer' })
  intentFlags!: number;

  @PrimaryColumn({ type: 'boolean' })
  hasPhi!: boolean;

  @Column({ type: 'integer', default: 0 })
  count!: number;
}
