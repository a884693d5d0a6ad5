import { roleAtLeast } from '@bedside/domain';
import { Injectable } from '@nestjs/common';

import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { CommentEntity } from '../comments/comment.entity';
import { AppError, badInput, notFound } from '../common/app-error';
import { Clock } from '../common/clock';
import { Transactor } from '../database/transactor';
import { DomainEvents } from '../events/domain-events';
import { NotificationsService } from '../notifications/notifications.service';
import { isActiveUser, UsersService } from '../users/users.service';

/**
 * Who works on a comment. Managers hand work to anyone; everyone else may take a comment
 * themselves ("Take it") or give back their own, so a team can self-organise without a manager
 * on shift while nobody can dump work on a colleague.
 */
@Injectable()
export class AssignmentService {
  constructor(
    private readonly transactor: Transactor,
    private readonly audit: AuditService,
    private readonly users: UsersService,
    private readonly notifications: NotificationsService,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
  ) {}

  async assign(input: {
    commentId: string;
    assigneeId: string | null;
    actor: Actor;
  }): Promise<CommentEntity> {
    const { commentId, assigneeId, actor } = input;
    if (assigneeId) {
      const assignee = await this.users.findById(assigneeId);
      if (!assignee || !isActiveUser(assignee)) {
        throw badInput('Assign the comment to an active team member.');
      }
    }
    const now = this.clock.now();
    let notificationIds: string[] = [];
    let changed = false;
    const comment = await this.transactor.run(async (manager) => {
      const repository = manager.getRepository(CommentEntity);
      const current = await repository.findOneBy({ id: commentId });
      if (!current) {
        throw notFound('The comment');
      }
      if (current.assigneeId === assigneeId) {
        return current;
      }
      if (!mayAssign(actor, current.assigneeId, assigneeId)) {
        throw new AppError(
          'FORBIDDEN',
          'Only a manager can assign a comment to someone else or take it from them.',
        );
      }
      changed = true;
      await repository.update({ id: commentId }, { assigneeId });
      await this.audit.record(manager, {
        actor,
        action: 'comment.assigned',
        targetType: 'comment',
        targetId: commentId,
        details: { from: current.assigneeId, to: assigneeId, revision: current.revision },
      });
      if (assigneeId && assigneeId !== actor.userId) {
        notificationIds = await this.notifications.notify(manager, {
          userIds: [assigneeId],
          kind: 'assignment',
          commentId,
          actorName: actor.displayName,
          now,
        });
      }
      return { ...current, assigneeId };
    });
    if (changed) {
      this.events.publish({
        type: 'comment.changed',
        commentId,
        change: 'assignment',
        userId: actor.userId,
      });
    }
    if (notificationIds.length > 0) {
      this.events.publish({ type: 'notification.created', notificationIds });
    }
    return comment;
  }
}

/** Managers assign freely; others only take a comment for themselves or give back their own. */
export function mayAssign(actor: Actor, from: string | null, to: string | null): boolean {
  if (roleAtLeast(actor.role, 'manager')) {
    return true;
  }
  if (!actor.userId) {
    return false;
  }
  const takesForSelf = to === actor.userId && (from === null || from === actor.userId);
  const givesBackOwn = to === null && from === actor.userId;
  return takesForSelf || givesBackOwn;
}
