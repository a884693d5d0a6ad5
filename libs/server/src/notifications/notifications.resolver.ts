import { Inject } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { type PubSubEngine } from 'graphql-subscriptions';

import { type Actor } from '../auth/actor';
import { type AuthenticatedRequest } from '../auth/auth.guard';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import { badInput } from '../common/app-error';
import { Clock } from '../common/clock';
import { PUB_SUB, TOPICS } from '../realtime/pub-sub';
import { MarkNotificationsReadInput } from './dto/mark-notifications-read.input';
import { Notification, type NotificationKindEnum, NotificationList } from './dto/notification.type';
import { type NotificationEntity } from './notification.entity';
import { NotificationsService } from './notifications.service';

export function toNotificationType(entity: NotificationEntity): Notification {
  return { ...entity, kind: entity.kind as NotificationKindEnum };
}

@Roles('agent')
@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(
    private readonly notificationsService: NotificationsService,
    private readonly clock: Clock,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  @Query(() => NotificationList, {
    description:
      "The signed-in person's newest notifications and unread count (empty for API tokens).",
  })
  async notifications(
    @CurrentActor() actor: Actor,
    @Args('first', { type: () => Int, defaultValue: 20, description: 'How many (at most 50).' })
    first: number,
  ): Promise<NotificationList> {
    if (!actor.userId) {
      return { unreadCount: 0, items: [] };
    }
    const [items, unreadCount] = await Promise.all([
      this.notificationsService.latest(actor.userId, first),
      this.notificationsService.unreadCount(actor.userId),
    ]);
    return { unreadCount, items: items.map(toNotificationType) };
  }

  @Mutation(() => Int, {
    description: 'Marks notifications of the signed-in person read; returns how many changed.',
  })
  async markNotificationsRead(
    @Args('input', { description: 'Which ones.' }) input: MarkNotificationsReadInput,
    @CurrentActor() actor: Actor,
  ): Promise<number> {
    if (input.ids && input.ids.length > 200) {
      throw badInput('Mark at most 200 notifications at a time.');
    }
    if (!actor.userId) {
      return 0;
    }
    return this.notificationsService.markRead(actor.userId, input.ids ?? null, this.clock.now());
  }

  @Subscription(() => Notification, {
    description: 'Each new notification of the signed-in person, as it is sent.',
    filter: (
      payload: { notificationReceived: Notification },
      _variables: unknown,
      context: { req: AuthenticatedRequest },
    ) => payload.notificationReceived.userId === context.req.actor?.userId,
  })
  notificationReceived(): AsyncIterableIterator<unknown> {
    return this.pubSub.asyncIterableIterator(TOPICS.notifications);
  }
}
