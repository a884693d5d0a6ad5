import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { TimestampColumn } from '../../database/columns';
import { ChannelEntity } from '../channel.entity';

/**
 * The newest platform version of each item a channel has sent, so an older webhook or poll page
 * arriving late never overwrites a newer edit, and a deleted item is not brought back.
 */
@Entity('channel_item_versions')
export class ChannelItemVersionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  channelId!: string;

  @ManyToOne(() => ChannelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'channel_id', foreignKeyConstraintName: 'FK_channel_item_versions_channel' })
  channel?: ChannelEntity;

  @PrimaryColumn({ type: 'varchar', length: 2048 })
  externalId!: string;

  /** `${changedAt ISO}#${contentHash}` (see ChannelEvent); compared as strings. */
  @Column({ type: 'varchar', length: 200 })
  version!: string;

  @Column({ type: 'boolean', default: false })
  deleted!: boolean;

  @TimestampColumn()
  updatedAt!: Date;
}
