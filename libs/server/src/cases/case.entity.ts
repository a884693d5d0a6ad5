import {
  CASE_CATEGORIES,
  CASE_STATUSES,
  CASE_TEAMS,
  type CaseCategory,
  type CaseStatus,
  type CaseTeam,
  URGENCIES,
  type Urgency,
} from '@bedside/domain';
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

import { inListCheck, TimestampColumn } from '../database/columns';
import { UserEntity } from '../users/user.entity';

/**
 * An escalation case: one or more comments handed to a hospital team, with an owner, a deadline
 * from the SLA policy of its priority, and a timeline in case_events. The title and the
 * resolution note are internal and may name a patient: they never go to logs or the audit trail.
 */
@Entity('cases')
@Unique('UQ_cases_number', ['number'])
@Check('CHK_cases_category', inListCheck('category', CASE_CATEGORIES))
@Check('CHK_cases_priority', inListCheck('priority', URGENCIES))
@Check('CHK_cases_team', inListCheck('team', CASE_TEAMS))
@Check('CHK_cases_status', inListCheck('status', CASE_STATUSES))
@Index('IDX_cases_status_number', ['status', 'number'])
@Index('IDX_cases_due', ['dueAt', 'number'])
@Index('IDX_cases_assignee', ['assigneeId', 'number'])
@Index('IDX_cases_created', ['createdAt'])
@Index('IDX_cases_resolved', ['resolvedAt'])
export class CaseEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** Shown as C-1001; counts up from FIRST_CASE_NUMBER. */
  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'varchar', length: 24 })
  category!: CaseCategory;

  /** The most urgent urgency of its comments, unless someone changed it. */
  @Column({ type: 'varchar', length: 8 })
  priority!: Urgency;

  @Column({ type: 'varchar', length: 24 })
  team!: CaseTeam;

  @Column({ type: 'varchar', length: 36, nullable: true })
  assigneeId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assignee_id', foreignKeyConstraintName: 'FK_cases_assignee' })
  assignee?: UserEntity | null;

  @Column({ type: 'varchar', length: 16 })
  status!: CaseStatus;

  /** Created time plus the SLA minutes of the priority; null when that policy sets none. */
  @TimestampColumn({ nullable: true })
  dueAt!: Date | null;

  @TimestampColumn()
  createdAt!: Date;

  /** The person who opened it; null for an API token or a deleted account. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'FK_cases_created_by' })
  createdBy?: UserEntity | null;

  /** When it was last resolved; cleared when it is reopened. */
  @TimestampColumn({ nullable: true })
  resolvedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  resolutionNote!: string | null;

  @TimestampColumn()
  updatedAt!: Date;
}
