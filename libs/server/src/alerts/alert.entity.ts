import { type Intent } from '@bedside/domain';
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

import { CommentEntity } from '../comments/comment.entity';
import { inListCheck, TimestampColumn } from '../database/columns';
import { UserEntity } from '../users/user.entity';

/**
 * The intents that raise an alert, in order of precedence: a comment carrying both is one alert
 * of the first kind (triage also rates an emergency before self-harm).
 */
export const ALERT_KINDS = ['emergency', 'self_harm'] as const satisfies readonly Intent[];
export type AlertKind = (typeof ALERT_KINDS)[number];

/**
 * A comment that needs someone now (triaged emergency or self-harm). Written in the transaction
 * that stores the comment; open until a team member acknowledges it. One per comment.
 */
@Entity('alerts')
@Check('CHK_alerts_kind', inListCheck('kind', ALERT_KINDS))
@Unique('UQ_alerts_comment', ['commentId'])
@Index('IDX_alerts_open', ['acknowledgedAt', 'raisedAt', 'id'])
export class AlertEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  commentId!: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'FK_alerts_comment' })
  comment?: CommentEntity;

  @Column({ type: 'varchar', length: 16 })
  kind!: AlertKind;

  @TimestampColumn()
  raisedAt!: Date;

  @TimestampColumn({ nullable: true })
  acknowledgedAt!: Date | null;

  /** The user who acknowledged it; null while open, for an API token, or once the user is deleted. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  acknowledgedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'acknowledged_by_id', foreignKeyConstraintName: 'FK_alerts_acknowledged_by' })
  acknowledgedBy?: UserEntity | null;

  /** Who acknowledged it as shown then (a person or a token's name), kept if the account goes. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  acknowledgedByName!: string | null;
}
