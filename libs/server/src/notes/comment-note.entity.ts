import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { CommentEntity } from '../comments/comment.entity';
import { TimestampColumn } from '../database/columns';
import { UserEntity } from '../users/user.entity';

/**
 * An internal note on a comment: seen only by the team, never posted. Notes may quote PHI (the
 * team needs to discuss the case), so their text never goes to logs, audit details or alerts.
 */
@Entity('comment_notes')
@Index('IDX_comment_notes_comment', ['commentId', 'createdAt'])
export class CommentNoteEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  commentId!: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'FK_comment_notes_comment' })
  comment?: CommentEntity;

  /** Null once the author's account is deleted; the name stays. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  authorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'FK_comment_notes_author' })
  author?: UserEntity | null;

  @Column({ type: 'varchar', length: 200 })
  authorName!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'simple-json' })
  mentionedUserIds!: string[];

  @TimestampColumn()
  createdAt!: Date;
}
