import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';

import { TimestampColumn } from '../database/columns';

/** A spike alert: one per kind, channel and clock hour (a unique key), however often it is checked. */
@Entity('report_spikes')
@Unique('UQ_report_spikes_window', ['kind', 'channelId', 'windowStart'])
@Index('IDX_report_spikes_raised', ['raisedAt'])
export class ReportSpikeEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** `volume` or `negative`. */
  @Column({ type: 'varchar', length: 16 })
  kind!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  channelId!: string | null;

  @TimestampColumn()
  windowStart!: Date;

  @TimestampColumn()
  windowEnd!: Date;

  @Column({ type: 'integer', default: 0 })
  count!: number;

  @Column({ type: 'real', nullable: true })
  expected!: number | null;

  @Column({ type: 'real', nullable: true })
  ratio!: number | null;

  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  @TimestampColumn()
  raisedAt!: Date;

  @TimestampColumn({ nullable: true })
  acknowledgedAt!: Date | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  acknowledgedById!: string | null;
}

/** The managers' report settings (one row, id 'default'). */
@Entity('report_settings')
export class ReportSettingsEntity {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  id!: string;

  @Column({ type: 'simple-json' })
  spike!: Record<string, unknown>;

  @TimestampColumn()
  updatedAt!: Date;
}
