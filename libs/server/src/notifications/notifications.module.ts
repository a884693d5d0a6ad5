import { Inject, Injectable, Module, type OnModuleInit } from '@nestjs/common';
import { type PubSubEngine } from 'graphql-subscriptions';

import { DomainEvents } from '../events/domain-events';
import { PUB_SUB, TOPICS } from '../realtime/pub-sub';
import { NotificationsResolver, toNotificationType } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

/** Pushes each committed notification to its person's open dashboards. */
@Injectable()
class NotificationPushes implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly notifications: NotificationsService,
    @Inject(PUB_SUB) private readonly pubSub: PubSubEngine,
  ) {}

  onModuleInit(): void {
    this.events.on('notification.created', async ({ notificationIds }) => {
      for (const id of notificationIds) {
        const notification = await this.notifications.findById(id);
        if (notification) {
          await this.pubSub.publish(TOPICS.notifications, {
            notificationReceived: toNotificationType(notification),
          });
        }
      }
    });
  }
}

@Module({
  providers: [NotificationsService, NotificationsResolver, NotificationPushes],
  exports: [NotificationsService],
})
export class NotificationsModule {}
