import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { CommentEntity } from '../comments/comment.entity';
import { inListCheck, TimestampColumn } from '../database/columns';
import { CommentNoteEntity } from '../notes/comment-note.entity';
import { UserEntity } from '../users/user.entity';

export const NOTIFICATION_KINDS = ['mention', 'assignment'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Something a team member should look at: they were @mentioned, or a comment was assigned to them. */
@Entity('notifications')
@Check('CHK_notifications_kind', inListCheck('kind', NOTIFICATION_KINDS))
@Index('IDX_notifications_user', ['userId', 'createdAt'])
@Index('IDX_notifications_user_unread', ['userId', 'readAt'])
export class NotificationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_notifications_user' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 16 })
  kind!: NotificationKind;

  @Column({ type: 'varchar', length: 36 })
  commentId!: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id', foreignKeyConstraintName: 'FK_notifications_comment' })
  comment?: CommentEntity;

  @Column({ type: 'varchar', length: 36, nullable: true })
  noteId!: string | null;

  @ManyToOne(() => CommentNoteEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'note_id', foreignKeyConstraintName: 'FK_notifications_note' })
  note?: CommentNoteEntity | null;

  /** Who caused it (a display name, kept as it was then). */
  @Column({ type: 'varchar', length: 200 })
  actorName!: string;

  @TimestampColumn()
  createdAt!: Date;

  @TimestampColumn({ nullable: true })
  readAt!: Date | null;
}
