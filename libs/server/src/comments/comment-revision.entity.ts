import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';

import { TimestampColumn } from '../database/columns';
import { CommentEntity } from './comment.entity';

/** A text a comment had before it was edited on the platform. */
@Entity('comment_revisions')
@Unique('UQ_comment_revisions_comment_revision', ['commentId', 'revision'])
export class CommentRevisionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  commentId!: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'FK_comment_revisions_comment' })
  comment?: CommentEntity;

  @Column({ type: 'integer' })
  revision!: number;

  @Column({ type: 'text' })
  text!: string;

  /** When Bedside replaced this text with a newer one. */
  @TimestampColumn()
  replacedAt!: Date;
}
