import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { CommentEntity } from '../comments/comment.entity';
import { TimestampColumn } from '../database/columns';
import { UserEntity } from '../users/user.entity';
import { CaseEntity } from './case.entity';

/** A comment linked to a case; one case can hold the same person's comments from several channels. */
@Entity('case_comments')
@Index('IDX_case_comments_comment', ['commentId'])
export class CaseCommentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  caseId!: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'FK_case_comments_case' })
  case?: CaseEntity;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  commentId!: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'FK_case_comments_comment' })
  comment?: CommentEntity;

  @TimestampColumn()
  addedAt!: Date;

  @Column({ type: 'varchar', length: 36, nullable: true })
  addedById!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'added_by_id', foreignKeyConstraintName: 'FK_case_comments_added_by' })
  addedBy?: UserEntity | null;
}
