import { Inject } from '@nestjs/common';
import { Resolver, Subscription } from '@nestjs/graphql';
import { type PubSubEngine } from 'graphql-subscriptions';

import { Roles } from '../auth/roles.decorator';
import { AlertsEvent } from './dto/alerts-event.type';
import { PUB_SUB, TOPICS } from './pub-sub';

@Roles('agent')
@Resolver(() => AlertsEvent)
export class AlertsEventsResolver {
  constructor(@Inject(PUB_SUB) private readonly pubSub: PubSubEngine) {}

  @Subscription(() => AlertsEvent, {
    description:
      'Critical alerts raised or acknowledged, as it happens: dashboards show the banner and sound the alarm from it.',
  })
  alertsChanged(): AsyncIterableIterator<unknown> {
    return this.pubSub.asyncIterableIterator(TOPICS.alerts);
  }
}
