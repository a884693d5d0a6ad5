import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { inListCheck, TimestampColumn } from '../database/columns';
import { CaseEntity } from './case.entity';

export const CASE_EVENT_KINDS = [
  'opened',
  'comment_linked',
  'assigned',
  'team_changed',
  'category_changed',
  'priority_changed',
  'status_changed',
  'note_added',
] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];

/**
 * One entry of a case's timeline. Unlike the audit trail, `details` may hold a note's text: the
 * timeline is the team's internal record of the case and is shown only to signed-in staff.
 */
@Entity('case_events')
@Check('CHK_case_events_kind', inListCheck('kind', CASE_EVENT_KINDS))
@Index('IDX_case_events_case', ['caseId', 'at'])
export class CaseEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'FK_case_events_case' })
  case?: CaseEntity;

  @TimestampColumn()
  at!: Date;

  /** The user's or API token's id; null for the system. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  actorId!: string | null;

  /** The name at the time, so the timeline still reads after an account is deleted. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  actorName!: string | null;

  @Column({ type: 'varchar', length: 24 })
  kind!: CaseEventKind;

  @Column({ type: 'simple-json', nullable: true })
  details!: Record<string, unknown> | null;
}
