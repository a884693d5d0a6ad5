import { mentionedUserIds } from '@bedside/domain';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { CommentEntity } from '../comments/comment.entity';
import { badInput, notFound } from '../common/app-error';
import { Clock } from '../common/clock';
import { newId } from '../common/ids';
import { Transactor } from '../database/transactor';
import { DomainEvents } from '../events/domain-events';
import { NotificationsService } from '../notifications/notifications.service';
import { UsersService } from '../users/users.service';
import { CommentNoteEntity } from './comment-note.entity';

export const MAX_NOTE_LENGTH = 5000;
const MAX_NOTES_PER_COMMENT = 500;

@Injectable()
export class NotesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactor: Transactor,
    private readonly audit: AuditService,
    private readonly users: UsersService,
    private readonly notifications: NotificationsService,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
  ) {}

  /** Adds a note and notifies the members it @mentions (never the author). */
  async add(input: { commentId: string; body: string; actor: Actor }): Promise<CommentNoteEntity> {
    const body = input.body.trim();
    if (body.length === 0 || body.length > MAX_NOTE_LENGTH) {
      throw badInput(`A note holds 1 to ${MAX_NOTE_LENGTH.toLocaleString('en-US')} characters.`);
    }
    const members = await this.users.listActive();
    const mentioned = mentionedUserIds(body, members).filter((id) => id !== input.actor.userId);
    const now = this.clock.now();
    const { note, notificationIds } = await this.transactor.run(async (manager) => {
      const comment = await manager
        .getRepository(CommentEntity)
        .findOne({ select: { id: true, revision: true }, where: { id: input.commentId } });
      if (!comment) {
        throw notFound('The comment');
      }
      const note: CommentNoteEntity = {
        id: newId(),
        commentId: comment.id,
        authorId: input.actor.userId,
        authorName: input.actor.displayName,
        body,
        mentionedUserIds: mentioned,
        createdAt: now,
      };
      await manager.getRepository(CommentNoteEntity).insert(note);
      const notificationIds = await this.notifications.notify(manager, {
        userIds: mentioned,
        kind: 'mention',
        commentId: comment.id,
        noteId: note.id,
        actorName: input.actor.displayName,
        now,
      });
      // The note's text may quote PHI: the trail records that a note was added, not what it says.
      await this.audit.record(manager, {
        actor: input.actor,
        action: 'comment.note_added',
        targetType: 'comment',
        targetId: comment.id,
        details: { noteId: note.id, mentionedUserIds: mentioned, revision: comment.revision },
      });
      return { note, notificationIds };
    });
    this.events.publish({
      type: 'comment.changed',
      commentId: note.commentId,
      change: 'notes',
      userId: input.actor.userId,
    });
    if (notificationIds.length > 0) {
      this.events.publish({ type: 'notification.created', notificationIds });
    }
    return note;
  }

  /** The notes of each comment, oldest first. */
  async forComments(commentIds: readonly string[]): Promise<Map<string, CommentNoteEntity[]>> {
    const rows = await this.dataSource.getRepository(CommentNoteEntity).find({
      where: { commentId: In([...commentIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const byComment = new Map<string, CommentNoteEntity[]>(commentIds.map((id) => [id, []]));
    for (const row of rows) {
      const list = byComment.get(row.commentId);
      if (list && list.length < MAX_NOTES_PER_COMMENT) {
        list.push(row);
      }
    }
    return byComment;
  }
}
