import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { type PubSubEngine } from 'graphql-subscriptions';

import { type DomainEvent, DomainEvents } from '../events/domain-events';
import { AlertsEventKind } from './dto/alerts-event.type';
import { inboxEventsFor } from './inbox-events';
import { PUB_SUB, TOPICS } from './pub-sub';

/** Turns committed domain events into subscription pushes. */
@Injectable()
export class RealtimeBridge implements OnModuleDestroy {
  private readonly stop: (() => void)[];

  constructor(events: DomainEvents, @Inject(PUB_SUB) pubSub: PubSubEngine) {
    const toInbox = async (event: DomainEvent): Promise<void> => {
      for (const inboxChanged of inboxEventsFor(event)) {
        await pubSub.publish(TOPICS.inbox, { inboxChanged });
      }
    };
    this.stop = [
      events.on('comments.ingested', toInbox),
      events.on('comment.changed', toInbox),
      events.on('case.changed', toInbox),
      events.on('alert.raised', ({ alertIds }) =>
        pubSub.publish(TOPICS.alerts, {
          alertsChanged: { kind: AlertsEventKind.RAISED, alertIds },
        }),
      ),
      events.on('alert.acknowledged', ({ alertId }) =>
        pubSub.publish(TOPICS.alerts, {
          alertsChanged: { kind: AlertsEventKind.ACKNOWLEDGED, alertIds: [alertId] },
        }),
      ),
    ];
  }

  onModuleDestroy(): void {
    for (const stop of this.stop) {
      stop();
    }
  }
}
