import { URGENCIES, type Urgency } from '@bedside/domain';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { inListCheck, TimestampColumn } from '../database/columns';
import { UserEntity } from '../users/user.entity';

/** How long the team has to act on a comment or case of one urgency; managers edit it. */
@Entity('sla_policies')
@Check('CHK_sla_policies_urgency', inListCheck('urgency', URGENCIES))
export class SlaPolicyEntity {
  @PrimaryColumn({ type: 'varchar', length: 8 })
  urgency!: Urgency;

  /** Minutes to the deadline; null for no deadline. */
  @Column({ type: 'integer', nullable: true })
  minutes!: number | null;

  /** Null while the seeded default has never been changed. */
  @TimestampColumn({ nullable: true })
  updatedAt!: Date | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  updatedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by_id', foreignKeyConstraintName: 'FK_sla_policies_updated_by' })
  updatedBy?: UserEntity | null;
}
