import { CHANNEL_KINDS, type ChannelKind } from '@bedside/domain';
import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

import { inListCheck, TimestampColumn } from '../database/columns';

/** A connected account on one platform: the hospital's Facebook page, its X account, … */
@Entity('channels')
@Check('CHK_channels_kind', inListCheck('kind', CHANNEL_KINDS))
@Index('IDX_channels_kind', ['kind', 'createdAt'])
export class ChannelEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: ChannelKind;

  @Column({ type: 'varchar', length: 200 })
  displayName!: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  externalAccountId!: string | null;

  /** Sample channels hold the demo data; ingestion by kind never routes real comments to them. */
  @Column({ type: 'boolean', default: false })
  isSample!: boolean;

  @TimestampColumn()
  createdAt!: Date;
}
