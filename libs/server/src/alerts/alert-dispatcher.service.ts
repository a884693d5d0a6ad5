import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { type EntityManager, In, LessThanOrEqual } from 'typeorm';

import { Clock } from '../common/clock';
import { APP_CONFIG } from '../config/config.module';
import { type AppConfig } from '../config/env.schema';
import { Transactor } from '../database/transactor';
import { DomainEvents } from '../events/domain-events';
import { AlertEntity } from './alert.entity';
import { AlertDeliveryEntity, type AlertTransport } from './alert-delivery.entity';
import { alertLink, type AlertNotice } from './alert-notice';
import { type AlertSender } from './alert-senders';
import { AlertsService } from './alerts.service';
import { afterFailure, describeFailure, MAX_DELIVERY_ATTEMPTS } from './delivery-retry';

/** The senders of the configured transports (an `AlertSender[]`). */
export const ALERT_SENDERS = Symbol('ALERT_SENDERS');

/** How often pending deliveries are looked for: retries, and alerts raised by a CLI import. */
export const SWEEP_INTERVAL_MS = 15_000;

/** Deliveries claimed (and sent in parallel) at a time. */
const CLAIM_BATCH = 20;

/**
 * How long a claimed delivery is hidden from other dispatchers. Longer than the slowest attempt
 * (SMTP: 10 s to connect, 10 s to greet, 20 s per reply), so only a crash mid-attempt lets it
 * lapse, and then the delivery is retried: at-least-once, never lost.
 */
const LEASE_MS = 2 * 60_000;

interface ClaimedDelivery {
  id: string;
  transport: AlertTransport;
  attempts: number;
  notice: AlertNotice;
}

/**
 * Empties the alert outbox: sends each pending delivery through its transport, retries failures
 * with exponential backoff and marks a delivery failed after MAX_DELIVERY_ATTEMPTS. Runs right
 * after an ingestion that raised alerts committed, and every SWEEP_INTERVAL_MS. Network calls
 * happen between two short transactions (claim, then record the outcome), never inside one.
 * Only the server runs it; the CLI just writes the outbox rows.
 */
@Injectable()
export class AlertDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(AlertDispatcher.name);
  private readonly senders: Map<AlertTransport, AlertSender>;
  private readonly publicUrl: string;
  private readonly stopListening: (() => void)[] = [];
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly transactor: Transactor,
    private readonly clock: Clock,
    private readonly events: DomainEvents,
    private readonly alerts: AlertsService,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(ALERT_SENDERS) senders: AlertSender[],
  ) {
    this.senders = new Map(senders.map((sender) => [sender.transport, sender]));
    this.publicUrl = config.alerts.publicUrl;
  }

  onApplicationBootstrap(): void {
    this.stopListening.push(
      this.events.on('comments.ingested', (event) => this.announce(event.newIds)),
      this.events.on('alert.raised', () => this.deliverDue()),
    );
    this.timer = setInterval(() => void this.deliverDue(), SWEEP_INTERVAL_MS);
    // The sweep alone must never keep the process alive.
    this.timer.unref();
    // Whatever a CLI import or the last run before a restart left pending.
    void this.deliverDue();
  }

  /** Stops the sweep and waits for attempts in flight, while the database is still open. */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) {
      clearInterval(this.timer);
    }
    for (const stop of this.stopListening) {
      stop();
    }
    await this.queued;
    await this.running;
    await Promise.all([...this.senders.values()].map((sender) => sender.close()));
  }

  /**
   * Sends every delivery that is due now. Calls during a run share one follow-up run, so the
   * promise settles once everything due at the time of the call has been attempted; it never
   * rejects (failures are recorded on the deliveries).
   */
  deliverDue(): Promise<void> {
    if (this.stopped) {
      return Promise.resolve();
    }
    if (!this.running) {
      return this.startRun();
    }
    this.queued ??= this.running.then(() => {
      this.queued = null;
      return this.startRun();
    });
    return this.queued;
  }

  private startRun(): Promise<void> {
    const run = this.deliverAll()
      .catch((error: unknown) =>
        this.logger.error(`Alert delivery run stopped early (${errorName(error)})`),
      )
      .finally(() => {
        if (this.running === run) {
          this.running = null;
        }
      });
    this.running = run;
    return run;
  }

  /** Publishes `alert.raised` for the alerts an ingestion raised, once it has committed. */
  private async announce(commentIds: string[]): Promise<void> {
    const alertIds = await this.alerts.idsForComments(commentIds);
    if (alertIds.length > 0) {
      this.logger.log(`Critical alerts raised: ${alertIds.join(', ')}`);
      this.events.publish({ type: 'alert.raised', alertIds });
    }
  }

  private async deliverAll(): Promise<void> {
    while (!this.stopped) {
      const batch = await this.transactor.run((manager) => this.claimDue(manager));
      if (batch.length === 0) {
        return;
      }
      await Promise.all(batch.map((delivery) => this.attempt(delivery)));
    }
  }

  /**
   * Takes the due deliveries by pushing their next attempt a lease ahead. The conditional update
   * lets only one dispatcher (another server process on PostgreSQL) win each row.
   */
  private async claimDue(manager: EntityManager): Promise<ClaimedDelivery[]> {
    const now = this.clock.now();
    const deliveries = manager.getRepository(AlertDeliveryEntity);
    const due = await deliveries.find({
      where: { status: 'pending', nextAttemptAt: LessThanOrEqual(now) },
      order: { nextAttemptAt: 'ASC', id: 'ASC' },
      take: CLAIM_BATCH,
    });
    const claimed: AlertDeliveryEntity[] = [];
    for (const delivery of due) {
      const result = await deliveries.update(
        { id: delivery.id, status: 'pending', nextAttemptAt: LessThanOrEqual(now) },
        { nextAttemptAt: new Date(now.getTime() + LEASE_MS) },
      );
      if (result.affected === 1) {
        claimed.push(delivery);
      }
    }
    if (claimed.length === 0) {
      return [];
    }
    // Only what a notice may carry is read: no comment text ever reaches this process's memory.
    const alerts = await manager.getRepository(AlertEntity).find({
      select: {
        id: true,
        commentId: true,
        kind: true,
        raisedAt: true,
        comment: { id: true, channelId: true, channel: { id: true, kind: true } },
      },
      relations: { comment: { channel: true } },
      where: { id: In([...new Set(claimed.map((delivery) => delivery.alertId))]) },
    });
    const byId = new Map(alerts.map((alert) => [alert.id, alert]));
    return claimed.flatMap((delivery) => {
      const alert = byId.get(delivery.alertId);
      const channel = alert?.comment?.channel?.kind;
      if (!alert || !channel) {
        return []; // deleted with its comment since the query above
      }
      return [
        {
          id: delivery.id,
          transport: delivery.transport,
          attempts: delivery.attempts,
          notice: {
            alertId: alert.id,
            commentId: alert.commentId,
            kind: alert.kind,
            channel,
            raisedAt: alert.raisedAt,
            url: alertLink(this.publicUrl, alert.commentId),
          },
        },
      ];
    });
  }

  private async attempt(delivery: ClaimedDelivery): Promise<void> {
    const sender = this.senders.get(delivery.transport);
    if (!sender) {
      // Raised while this transport was configured (e.g. by a CLI import with other settings).
      await this.recordFailure(delivery, 'transport not configured on this server', true);
      return;
    }
    try {
      await sender.send(delivery.notice);
    } catch (error) {
      await this.recordFailure(delivery, describeFailure(error), false);
      return;
    }
    await this.transactor.run((manager) =>
      manager.getRepository(AlertDeliveryEntity).update(
        { id: delivery.id },
        {
          status: 'sent',
          attempts: delivery.attempts + 1,
          sentAt: this.clock.now(),
          lastError: null,
        },
      ),
    );
    this.logger.log(
      `Alert ${delivery.notice.alertId} sent by ${delivery.transport} (delivery ${delivery.id})`,
    );
  }

  private async recordFailure(
    delivery: ClaimedDelivery,
    reason: string,
    final: boolean,
  ): Promise<void> {
    const attempts = delivery.attempts + 1;
    const next = final ? ({ status: 'failed' } as const) : afterFailure(attempts, this.clock.now());
    await this.transactor.run((manager) =>
      manager
        .getRepository(AlertDeliveryEntity)
        .update({ id: delivery.id }, { ...next, attempts, lastError: reason }),
    );
    const where = `alert ${delivery.notice.alertId} by ${delivery.transport} (delivery ${delivery.id})`;
    if (next.status === 'failed') {
      this.logger.error(`Gave up on ${where} after ${attempts} attempt(s): ${reason}`);
    } else {
      this.logger.warn(
        `Attempt ${attempts}/${MAX_DELIVERY_ATTEMPTS} of ${where} failed (${reason}); retrying at ${next.nextAttemptAt.toISOString()}`,
      );
    }
  }
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'Error';
}
