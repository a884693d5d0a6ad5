import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { CommentEntity } from '../comments/comment.entity';
import { inListCheck, TimestampColumn } from '../database/columns';
import { UserEntity } from '../users/user.entity';

export const CORRECTABLE_FIELDS = ['sentiment', 'intents', 'urgency'] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

/**
 * One label a person changed on one comment: the model's value, theirs, who and when. The latest
 * correction of a field wins over the model for that text revision, also after a retriage.
 */
@Entity('label_corrections')
@Check('CHK_label_corrections_field', inListCheck('field', CORRECTABLE_FIELDS))
@Index('IDX_label_corrections_comment', ['commentId', 'correctedAt'])
@Index('IDX_label_corrections_at', ['correctedAt'])
export class LabelCorrectionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  commentId!: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'FK_label_corrections_comment' })
  comment?: CommentEntity;

  /** The text revision the correction was made on: an edited text is triaged afresh. */
  @Column({ type: 'integer', default: 1 })
  commentRevision!: number;

  @Column({ type: 'varchar', length: 16 })
  field!: CorrectableField;

  /** JSON of the value before: a label, or a list of intents. */
  @Column({ type: 'simple-json', nullable: true })
  previous!: string | string[] | null;

  @Column({ type: 'simple-json' })
  corrected!: string | string[];

  @Column({ type: 'varchar', length: 64, nullable: true })
  modelVersion!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  correctedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'corrected_by_id', foreignKeyConstraintName: 'FK_label_corrections_user' })
  correctedBy?: UserEntity | null;

  @TimestampColumn()
  correctedAt!: Date;
}
