import {
  Args,
  Context,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';

import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import { toCommentType } from '../comments/comment.mapper';
import { Comment } from '../comments/dto/comment.type';
import { notFound } from '../common/app-error';
import { Clock } from '../common/clock';
import { type GraphQLContext } from '../common/loaders';
import { type AlertEntity } from './alert.entity';
import { type AlertDeliveryEntity } from './alert-delivery.entity';
import { AlertsService, MAX_OPEN_ALERTS } from './alerts.service';
import { AcknowledgeAlertInput, Alert, type AlertDelivery } from './dto/alert.types';

function toAlertType(alert: AlertEntity, deliveries: AlertDeliveryEntity[]): Alert {
  return {
    id: alert.id,
    commentId: alert.commentId,
    kind: alert.kind,
    raisedAt: alert.raisedAt,
    acknowledgedAt: alert.acknowledgedAt,
    acknowledgedBy: alert.acknowledgedByName,
    deliveries: deliveries.map((delivery): AlertDelivery => ({
      transport: delivery.transport,
      status: delivery.status,
      attempts: delivery.attempts,
      sentAt: delivery.sentAt,
      lastError: delivery.lastError,
    })),
  };
}

@Roles('agent')
@Resolver(() => Alert)
export class AlertsResolver {
  constructor(
    private readonly alerts: AlertsService,
    private readonly clock: Clock,
  ) {}

  @Query(() => [Alert], {
    description: `Critical alerts nobody has acknowledged yet, newest first (at most ${MAX_OPEN_ALERTS}): the dashboard's alert banner.`,
  })
  async openAlerts(
    @Args('first', {
      type: () => Int,
      defaultValue: 20,
      description: `How many to return, from 1 to ${MAX_OPEN_ALERTS}.`,
    })
    first: number,
  ): Promise<Alert[]> {
    const alerts = await this.alerts.openAlerts(first);
    const deliveries = await this.alerts.deliveriesFor(alerts.map((alert) => alert.id));
    return alerts.map((alert) => toAlertType(alert, deliveries.get(alert.id) ?? []));
  }

  @Mutation(() => Alert, {
    description:
      'Marks a critical alert as handled by the caller: it leaves every open banner. Recorded in the audit trail; acknowledging it again changes nothing.',
  })
  async acknowledgeAlert(
    @Args('input') input: AcknowledgeAlertInput,
    @CurrentActor() actor: Actor,
  ): Promise<Alert> {
    const alert = await this.alerts.acknowledge({ id: input.id, actor, now: this.clock.now() });
    const deliveries = await this.alerts.deliveriesFor([alert.id]);
    return toAlertType(alert, deliveries.get(alert.id) ?? []);
  }

  @ResolveField(() => Comment, { description: 'The comment that raised it.' })
  async comment(@Parent() alert: Alert, @Context() context: GraphQLContext): Promise<Comment> {
    const comment = await context.loaders.comment.load(alert.commentId);
    if (!comment) {
      throw notFound('The comment');
    }
    return toCommentType(comment);
  }
}
