import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';

import { TimestampColumn } from '../database/columns';

/**
 * One action in the audit trail. Rows are only ever inserted; each carries the hash of the one
 * before it, so a changed or deleted row breaks the chain (`bedside audit verify`). `details`
 * holds ids, statuses and label names, never comment text or other PHI.
 */
@Entity('audit_events')
@Unique('UQ_audit_events_seq', ['seq'])
@Index('IDX_audit_events_target', ['targetType', 'targetId'])
@Index('IDX_audit_events_at', ['at'])
@Index('IDX_audit_events_action', ['action', 'seq'])
@Index('IDX_audit_events_actor', ['actorId', 'seq'])
export class AuditEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** 1, 2, 3…: position in the chain. */
  @Column({ type: 'integer' })
  seq!: number;

  @TimestampColumn()
  at!: Date;

  /** user, token or system. */
  @Column({ type: 'varchar', length: 8 })
  actorKind!: 'user' | 'token' | 'system';

  @Column({ type: 'varchar', length: 36, nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  actorName!: string | null;

  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  targetType!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  targetId!: string | null;

  @Column({ type: 'simple-json', nullable: true })
  details!: Record<string, unknown> | null;

  @Column({ type: 'varchar', length: 64 })
  prevHash!: string;

  @Column({ type: 'varchar', length: 64 })
  hash!: string;
}
