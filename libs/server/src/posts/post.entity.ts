import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';

import { ChannelEntity } from '../channels/channel.entity';
import { TimestampColumn } from '../database/columns';

/** The hospital's own post or page that comments sit on. */
@Entity('posts')
@Unique('UQ_posts_channel_external', ['channelId', 'externalId'])
export class PostEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  channelId!: string;

  @ManyToOne(() => ChannelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'channel_id', foreignKeyConstraintName: 'FK_posts_channel' })
  channel?: ChannelEntity;

  @Column({ type: 'varchar', length: 2048 })
  externalId!: string;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  url!: string | null;

  /** Null until the channel tells us what the post says (a comment can arrive first). */
  @Column({ type: 'text', nullable: true })
  text!: string | null;

  @TimestampColumn({ nullable: true })
  publishedAt!: Date | null;

  @TimestampColumn()
  createdAt!: Date;
}
