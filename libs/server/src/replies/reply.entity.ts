import { type Violation } from '@bedside/compliance';
import {
  REPLY_DELIVERIES,
  REPLY_SOURCES,
  REPLY_STATUSES,
  type ReplyDelivery,
  type ReplySource,
  type ReplyStatus,
} from '@bedside/domain';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { CommentEntity } from '../comments/comment.entity';
import { inListCheck, TimestampColumn } from '../database/columns';
import { UserEntity } from '../users/user.entity';

/**
 * A public reply to a comment, from draft to sent. The stored violations are the checker's
 * verdict on the current body under `rulesVersion`, so an auditor can reproduce the decision.
 */
@Entity('replies')
@Check('CHK_replies_status', inListCheck('status', REPLY_STATUSES))
@Check('CHK_replies_source', inListCheck('source', REPLY_SOURCES))
@Check('CHK_replies_delivery', `"delivery" IS NULL OR ${inListCheck('delivery', REPLY_DELIVERIES)}`)
@Index('IDX_replies_comment', ['commentId', 'createdAt'])
@Index('IDX_replies_status', ['status', 'submittedAt'])
@Index('IDX_replies_sent', ['sentAt'])
export class ReplyEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  commentId!: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'FK_replies_comment' })
  comment?: CommentEntity;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'varchar', length: 24 })
  status!: ReplyStatus;

  @Column({ type: 'varchar', length: 16 })
  source!: ReplySource;

  @Column({ type: 'varchar', length: 100, nullable: true })
  templateKey!: string | null;

  @Column({ type: 'simple-json' })
  violations!: Violation[];

  @Column({ type: 'varchar', length: 32 })
  rulesVersion!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  authorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'FK_replies_author' })
  author?: UserEntity | null;

  @Column({ type: 'varchar', length: 200 })
  authorName!: string;

  @TimestampColumn({ nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  reviewerId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reviewer_id', foreignKeyConstraintName: 'FK_replies_reviewer' })
  reviewer?: UserEntity | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reviewerName!: string | null;

  @TimestampColumn({ nullable: true })
  reviewedAt!: Date | null;

  /** The reviewer's reason for a rejection (or note on an approval). Internal. */
  @Column({ type: 'text', nullable: true })
  reviewNote!: string | null;

  /** The approver acknowledged the checker's warnings (C23: logged with who and when). */
  @Column({ type: 'boolean', default: false })
  warningsAcknowledged!: boolean;

  @TimestampColumn({ nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  sentById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'sent_by_id', foreignKeyConstraintName: 'FK_replies_sent_by' })
  sentBy?: UserEntity | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  delivery!: ReplyDelivery | null;

  /** The platform's id of the posted reply, when a connector posted it. */
  @Column({ type: 'varchar', length: 2048, nullable: true })
  externalId!: string | null;

  /** Bumped on every change: a stale editor's save is refused rather than overwriting. */
  @Column({ type: 'integer', default: 1 })
  revision!: number;

  @TimestampColumn()
  createdAt!: Date;

  @TimestampColumn()
  updatedAt!: Date;
}
