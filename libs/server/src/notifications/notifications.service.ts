import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';

import { newId } from '../common/ids';
import { NotificationEntity, type NotificationKind } from './notification.entity';

export const MAX_NOTIFICATIONS = 50;

/** A team member's notifications: written in the transaction of what caused them. */
@Injectable()
export class NotificationsService {
  constructor(private readonly dataSource: DataSource) {}

  async notify(
    manager: EntityManager,
    input: {
      userIds: readonly string[];
      kind: NotificationKind;
      commentId: string;
      noteId?: string | null;
      actorName: string;
      now: Date;
    },
  ): Promise<string[]> {
    const ids = input.userIds.map(() => newId());
    if (ids.length === 0) {
      return ids;
    }
    await manager.getRepository(NotificationEntity).insert(
      input.userIds.map((userId, index) => ({
        id: ids[index],
        userId,
        kind: input.kind,
        commentId: input.commentId,
        noteId: input.noteId ?? null,
        actorName: input.actorName,
        createdAt: input.now,
        readAt: null,
      })),
    );
    return ids;
  }

  /** The newest notifications of a user. */
  latest(userId: string, first = 20): Promise<NotificationEntity[]> {
    return this.dataSource.getRepository(NotificationEntity).find({
      where: { userId },
      order: { createdAt: 'DESC', id: 'DESC' },
      take: Math.min(Math.max(first, 1), MAX_NOTIFICATIONS),
    });
  }

  unreadCount(userId: string): Promise<number> {
    return this.dataSource
      .getRepository(NotificationEntity)
      .countBy({ userId, readAt: IsNull() });
  }

  /** Marks some (or, without ids, all) of a user's notifications read; returns how many changed. */
  async markRead(userId: string, ids: readonly string[] | null, now: Date): Promise<number> {
    const where = ids
      ? { userId, readAt: IsNull(), id: In([...ids]) }
      : { userId, readAt: IsNull() };
    const result = await this.dataSource
      .getRepository(NotificationEntity)
      .update(where, { readAt: now });
    return result.affected ?? 0;
  }

  findById(id: string): Promise<NotificationEntity | null> {
    return this.dataSource.getRepository(NotificationEntity).findOneBy({ id });
  }
}
