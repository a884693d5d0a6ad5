import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { type CommentEntity } from '../comments/comment.entity';
import { notFound } from '../common/app-error';
import { newId } from '../common/ids';
import { APP_CONFIG } from '../config/config.module';
import { type AppConfig } from '../config/env.schema';
import { insertRows } from '../database/bulk-insert';
import { Transactor } from '../database/transactor';
import { DomainEvents } from '../events/domain-events';
import { ALERT_KINDS, AlertEntity, type AlertKind } from './alert.entity';
import { AlertDeliveryEntity, type AlertTransport } from './alert-delivery.entity';
import { configuredTransports } from './alert-senders';

/** Most open alerts one query returns: a banner, not a report. */
export const MAX_OPEN_ALERTS = 50;

/** The alert a comment raises, or null: the first of ALERT_KINDS among its intents. */
export function alertKindOf(comment: Pick<CommentEntity, 'intents'>): AlertKind | null {
  const labels = new Set((comment.intents ?? []).map((intent) => intent.label));
  return ALERT_KINDS.find((kind) => labels.has(kind)) ?? null;
}

/**
 * Critical alerts: raised in the transaction that stores a comment (with one pending delivery
 * per configured transport, the outbox the dispatcher empties), listed for the dashboard banner,
 * acknowledged by the team.
 */
@Injectable()
export class AlertsService {
  private readonly transports: AlertTransport[];

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactor: Transactor,
    private readonly audit: AuditService,
    private readonly events: DomainEvents,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.transports = configuredTransports(config.alerts);
  }

  /**
   * Raises an alert for each emergency or self-harm comment, inside the caller's transaction: the
   * comment and its alert commit together, so a crash can never store one without the other.
   * Returns the new alerts' ids.
   */
  async raiseFor(
    manager: EntityManager,
    comments: readonly Pick<CommentEntity, 'id' | 'intents'>[],
    now: Date,
    options: { deliver?: boolean } = {},
  ): Promise<string[]> {
    const alerts: AlertEntity[] = [];
    for (const comment of comments) {
      const kind = alertKindOf(comment);
      if (kind) {
        alerts.push({
          id: newId(),
          commentId: comment.id,
          kind,
          raisedAt: now,
          acknowledgedAt: null,
          acknowledgedById: null,
          acknowledgedByName: null,
        });
      }
    }
    if (alerts.length === 0) {
      return [];
    }
    await insertRows(manager, AlertEntity, alerts);
    if (options.deliver === false) {
      return alerts.map((alert) => alert.id);
    }
    await insertRows(
      manager,
      AlertDeliveryEntity,
      alerts.flatMap((alert) =>
        this.transports.map((transport): AlertDeliveryEntity => ({
          id: newId(),
          alertId: alert.id,
          transport,
          status: 'pending',
          attempts: 0,
          nextAttemptAt: now,
          lastError: null,
          sentAt: null,
        })),
      ),
    );
    return alerts.map((alert) => alert.id);
  }

  /** Ids of the alerts these comments raised (to announce them once their transaction committed). */
  async idsForComments(commentIds: readonly string[]): Promise<string[]> {
    if (commentIds.length === 0) {
      return [];
    }
    const rows = await this.dataSource.getRepository(AlertEntity).find({
      select: { id: true },
      where: { commentId: In([...commentIds]) },
    });
    return rows.map((row) => row.id);
  }

  /** Alerts nobody has acknowledged yet, newest first. */
  openAlerts(limit: number): Promise<AlertEntity[]> {
    return this.dataSource.getRepository(AlertEntity).find({
      where: { acknowledgedAt: IsNull() },
      order: { raisedAt: 'DESC', id: 'DESC' },
      take: Math.min(Math.max(limit, 1), MAX_OPEN_ALERTS),
    });
  }

  /** Deliveries of these alerts, grouped by alert, webhook before e-mail. */
  async deliveriesFor(alertIds: readonly string[]): Promise<Map<string, AlertDeliveryEntity[]>> {
    const grouped = new Map<string, AlertDeliveryEntity[]>();
    if (alertIds.length === 0) {
      return grouped;
    }
    const rows = await this.dataSource.getRepository(AlertDeliveryEntity).find({
      where: { alertId: In([...alertIds]) },
      order: { transport: 'DESC', id: 'ASC' },
    });
    for (const row of rows) {
      grouped.set(row.alertId, [...(grouped.get(row.alertId) ?? []), row]);
    }
    return grouped;
  }

  /**
   * Marks an alert as handled, with who and when, audited in the same transaction. Acknowledging
   * an alert someone already acknowledged changes nothing and returns it as they left it.
   */
  async acknowledge(input: { id: string; actor: Actor; now: Date }): Promise<AlertEntity> {
    const { alert, changed } = await this.transactor.run(async (manager) => {
      const alerts = manager.getRepository(AlertEntity);
      const found = await alerts.findOneBy({ id: input.id });
      if (!found) {
        throw notFound('The alert');
      }
      if (found.acknowledgedAt) {
        return { alert: found, changed: false };
      }
      const acknowledged: AlertEntity = {
        ...found,
        acknowledgedAt: input.now,
        acknowledgedById: input.actor.userId,
        acknowledgedByName: input.actor.displayName.slice(0, 200),
      };
      // Only an open alert: of two people pressing at once on PostgreSQL, one acknowledges it.
      const result = await alerts.update(
        { id: found.id, acknowledgedAt: IsNull() },
        {
          acknowledgedAt: acknowledged.acknowledgedAt,
          acknowledgedById: acknowledged.acknowledgedById,
          acknowledgedByName: acknowledged.acknowledgedByName,
        },
      );
      if (result.affected === 0) {
        return { alert: (await alerts.findOneBy({ id: found.id })) ?? found, changed: false };
      }
      await this.audit.record(manager, {
        actor: input.actor,
        action: 'alert.acknowledged',
        targetType: 'comment',
        targetId: found.commentId,
        details: { alertId: found.id, kind: found.kind },
      });
      return { alert: acknowledged, changed: true };
    });
    if (changed) {
      this.events.publish({
        type: 'alert.acknowledged',
        alertId: alert.id,
        userId: input.actor.userId,
      });
    }
    return alert;
  }
}
