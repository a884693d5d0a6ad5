import {
  CASE_TEAMS,
  type CaseTeam,
  COMMENT_STATUSES,
  type CommentStatus,
  MODERATION_ACTION_STATES,
  MODERATION_ACTIONS,
  MODERATION_CONDITIONS,
  MODERATION_REASON_CODES,
  type ModerationAction,
  type ModerationActionState,
  type ModerationCondition,
  type ModerationReasonCode,
  PLATFORM_MODERATION_OUTCOMES,
  type PlatformModerationOutcome,
} from '@bedside/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { CaseEntity } from '../cases/case.entity';
import { CommentEntity } from '../comments/comment.entity';
import { inListCheck, TimestampColumn } from '../database/columns';
import { UserEntity } from '../users/user.entity';
import { ModerationRuleEntity } from './moderation-rule.entity';

/**
 * One moderation decision on a comment, automatic (a rule, at ingestion) or by a person: what
 * was done, why, what it replaced (so one click undoes it) and who decided what since. The rule's
 * name is copied so the label survives the rule. `explanation` may quote a list entry, never
 * the comment; like the audit trail, it is shown to signed-in staff only.
 */
@Entity('moderation_actions')
@Check('CHK_moderation_actions_kind', inListCheck('kind', MODERATION_ACTIONS))
@Check(
  'CHK_moderation_actions_condition',
  `"condition" IS NULL OR ${inListCheck('condition', MODERATION_CONDITIONS)}`,
)
@Check(
  'CHK_moderation_actions_reason_code',
  `"reason_code" IS NULL OR ${inListCheck('reason_code', MODERATION_REASON_CODES)}`,
)
@Check('CHK_moderation_actions_team', `"team" IS NULL OR ${inListCheck('team', CASE_TEAMS)}`)
@Check('CHK_moderation_actions_previous_status', inListCheck('previous_status', COMMENT_STATUSES))
@Check('CHK_moderation_actions_state', inListCheck('state', MODERATION_ACTION_STATES))
@Check('CHK_moderation_actions_platform', inListCheck('platform', PLATFORM_MODERATION_OUTCOMES))
@Index('IDX_moderation_actions_comment', ['commentId', 'appliedAt'])
@Index('IDX_moderation_actions_applied', ['appliedAt', 'id'])
@Index('IDX_moderation_actions_automatic', ['automatic', 'appliedAt', 'id'])
export class ModerationActionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  commentId!: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'FK_moderation_actions_comment' })
  comment?: CommentEntity;

  @Column({ type: 'varchar', length: 16 })
  kind!: ModerationAction;

  /** True when a rule did it at ingestion; false when a person did. */
  @Column({ type: 'boolean', default: false })
  automatic!: boolean;

  @Column({ type: 'varchar', length: 36, nullable: true })
  ruleId!: string | null;

  @ManyToOne(() => ModerationRuleEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'rule_id', foreignKeyConstraintName: 'FK_moderation_actions_rule' })
  rule?: ModerationRuleEntity | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  ruleName!: string | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  condition!: ModerationCondition | null;

  /** Community-guidelines reason of a hide or hold (C22); null when assigning. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  reasonCode!: ModerationReasonCode | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  explanation!: string | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  team!: CaseTeam | null;

  /** The case an assignment opened; null once that case is gone. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  caseId!: string | null;

  @ManyToOne(() => CaseEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'FK_moderation_actions_case' })
  case?: CaseEntity | null;

  /** The comment's status before: what an undo restores. */
  @Column({ type: 'varchar', length: 16 })
  previousStatus!: CommentStatus;

  /** The text revision the decision was made on. */
  @Column({ type: 'integer' })
  revision!: number;

  @Column({ type: 'varchar', length: 16 })
  state!: ModerationActionState;

  @Column({ type: 'varchar', length: 16 })
  platform!: PlatformModerationOutcome;

  @TimestampColumn()
  appliedAt!: Date;

  /** The person who acted; null for a rule, an API token or a deleted account. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  appliedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'applied_by_id',
    foreignKeyConstraintName: 'FK_moderation_actions_applied_by',
  })
  appliedBy?: UserEntity | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  appliedByName!: string | null;

  /** When a moderator confirmed or undid it; null while nobody has. */
  @TimestampColumn({ nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  decidedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'decided_by_id',
    foreignKeyConstraintName: 'FK_moderation_actions_decided_by',
  })
  decidedBy?: UserEntity | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  decidedByName!: string | null;
}
