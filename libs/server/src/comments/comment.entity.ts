import {
  COMMENT_STATUSES,
  type CommentStatus,
  type Intent,
  type PhiSpan,
  SENTIMENT_LABELS,
  type SentimentLabel,
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

import { ChannelEntity } from '../channels/channel.entity';
import { inListCheck, TimestampColumn } from '../database/columns';
import { PostEntity } from '../posts/post.entity';

export interface StoredIntent {
  label: Intent;
  confidence: number;
}

/** Rank stored for comments the triage engine has not labelled yet: after `low`. */
export const UNTRIAGED_URGENCY_RANK = URGENCIES.length;

/**
 * One comment, review or reply as it was posted on a channel, with the team's workflow state and
 * the triage labels. (channel, externalId) is the idempotency key of ingestion.
 *
 * Indexes end in (createdAt, id) because every inbox page is a keyset page in that order.
 */
@Entity('comments')
@Unique('UQ_comments_channel_external', ['channelId', 'externalId'])
@Check('CHK_comments_status', inListCheck('status', COMMENT_STATUSES))
@Check(
  'CHK_comments_sentiment',
  `"sentiment" IS NULL OR ${inListCheck('sentiment', SENTIMENT_LABELS)}`,
)
@Check('CHK_comments_urgency', `"urgency" IS NULL OR ${inListCheck('urgency', URGENCIES)}`)
@Index('IDX_comments_created', ['createdAt', 'id'])
@Index('IDX_comments_status_created', ['status', 'createdAt', 'id'])
@Index('IDX_comments_channel_created', ['channelId', 'createdAt', 'id'])
@Index('IDX_comments_urgency_created', ['urgencyRank', 'createdAt', 'id'])
@Index('IDX_comments_status_urgency_created', ['status', 'urgencyRank', 'createdAt', 'id'])
@Index('IDX_comments_assignee_created', ['assigneeId', 'createdAt', 'id'])
@Index('IDX_comments_parent_external', ['channelId', 'parentExternalId'])
@Index('IDX_comments_parent', ['parentId'])
@Index('IDX_comments_post', ['postId'])
@Index('IDX_comments_author_created', ['authorKey', 'createdAt', 'id'])
export class CommentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  channelId!: string;

  @ManyToOne(() => ChannelEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'channel_id', foreignKeyConstraintName: 'FK_comments_channel' })
  channel?: ChannelEntity;

  @Column({ type: 'varchar', length: 2048 })
  externalId!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  postId!: string | null;

  @ManyToOne(() => PostEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'FK_comments_post' })
  post?: PostEntity | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  parentId!: string | null;

  @ManyToOne(() => CommentEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'FK_comments_parent' })
  parent?: CommentEntity | null;

  /** Kept so a reply that arrives before its parent is linked when the parent comes in. */
  @Column({ type: 'varchar', length: 2048, nullable: true })
  parentExternalId!: string | null;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  authorName!: string | null;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  authorHandle!: string | null;

  /** Recognises the author across channels (`authorKeyOf`); null when the comment names nobody. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  authorKey!: string | null;

  @Column({ type: 'text' })
  text!: string;

  @Column({ type: 'varchar', length: 2048, nullable: true })
  url!: string | null;

  /** Star rating 1–5 of a review; null for comments. */
  @Column({ type: 'integer', nullable: true })
  rating!: number | null;

  /** When it was written on the platform. */
  @TimestampColumn()
  createdAt!: Date;

  /** When Bedside first stored it. */
  @TimestampColumn()
  receivedAt!: Date;

  /** When Bedside last saw a changed text for it; the old texts are in comment_revisions. */
  @TimestampColumn({ nullable: true })
  editedAt!: Date | null;

  /** When the platform reported it deleted; the row stays for the audit trail. */
  @TimestampColumn({ nullable: true })
  deletedAt!: Date | null;

  @Column({ type: 'integer', default: 1 })
  revision!: number;

  @Column({ type: 'varchar', length: 16, default: 'new' })
  status!: CommentStatus;

  @TimestampColumn({ nullable: true })
  statusChangedAt!: Date | null;

  /** When its status first became `replied`: the end of its first-response SLA clock. */
  @TimestampColumn({ nullable: true })
  firstRespondedAt!: Date | null;

  /** The team member working on it. The users table arrives with the team issue. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  assigneeId!: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  sentiment!: SentimentLabel | null;

  @Column({ type: 'real', nullable: true })
  sentimentScore!: number | null;

  @Column({ type: 'simple-json', nullable: true })
  intents!: StoredIntent[] | null;

  /** Bit i set when INTENTS[i] is present: lets SQL filter by intent without a join. */
  @Column({ type: 'integer', default: 0 })
  intentFlags!: number;

  @Column({ type: 'varchar', length: 8, nullable: true })
  urgency!: Urgency | null;

  /** Index of `urgency` in URGENCIES (0 = critical); UNTRIAGED_URGENCY_RANK when not triaged. */
  @Column({ type: 'integer', default: UNTRIAGED_URGENCY_RANK })
  urgencyRank!: number;

  @Column({ type: 'simple-json', nullable: true })
  phiSpans!: PhiSpan[] | null;

  @Column({ type: 'boolean', default: false })
  hasPhi!: boolean;

  @Column({ type: 'simple-json', nullable: true })
  triageReasons!: Record<string, string[]> | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  triageModelVersion!: string | null;

  @TimestampColumn({ nullable: true })
  triagedAt!: Date | null;
}
