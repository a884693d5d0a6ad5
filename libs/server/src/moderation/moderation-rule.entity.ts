import {
  CASE_TEAMS,
  type CaseTeam,
  type Intent,
  MODERATION_ACTIONS,
  MODERATION_CONDITIONS,
  MODERATION_REASON_CODES,
  type ModerationAction,
  type ModerationCondition,
  type ModerationReasonCode,
} from '@bedside/domain';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { inListCheck, TimestampColumn } from '../database/columns';
import { UserEntity } from '../users/user.entity';

/**
 * A manager's moderation rule: one condition and one action (see libs/domain moderation.ts).
 * Read by ingestion from an in-memory copy that every change replaces.
 */
@Entity('moderation_rules')
@Check('CHK_moderation_rules_condition', inListCheck('condition', MODERATION_CONDITIONS))
@Check('CHK_moderation_rules_action', inListCheck('action', MODERATION_ACTIONS))
@Check('CHK_moderation_rules_team', `"team" IS NULL OR ${inListCheck('team', CASE_TEAMS)}`)
@Check(
  'CHK_moderation_rules_reason_code',
  `"reason_code" IS NULL OR ${inListCheck('reason_code', MODERATION_REASON_CODES)}`,
)
export class ModerationRuleEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @Column({ type: 'varchar', length: 24 })
  condition!: ModerationCondition;

  /** For intent rules; empty otherwise. */
  @Column({ type: 'simple-json' })
  intents!: Intent[];

  /** For intent rules, 0–1; null otherwise. */
  @Column({ type: 'real', nullable: true })
  minConfidence!: number | null;

  @Column({ type: 'varchar', length: 16 })
  action!: ModerationAction;

  @Column({ type: 'varchar', length: 24, nullable: true })
  team!: CaseTeam | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  reasonCode!: ModerationReasonCode | null;

  /** Creation order: the older of two rules with the same action wins. */
  @Column({ type: 'integer' })
  position!: number;

  @TimestampColumn()
  createdAt!: Date;

  @Column({ type: 'varchar', length: 36, nullable: true })
  createdById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'FK_moderation_rules_created_by' })
  createdBy?: UserEntity | null;

  @TimestampColumn()
  updatedAt!: Date;

  @Column({ type: 'varchar', length: 36, nullable: true })
  updatedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by_id', foreignKeyConstraintName: 'FK_moderation_rules_updated_by' })
  updatedBy?: UserEntity | null;

  /** Null for the rule Bedside ships with, until someone changes it. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  updatedByName!: string | null;
}
