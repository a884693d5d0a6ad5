import { type ChannelEvent } from '@bedside/channels';
import { type ChannelKind } from '@bedside/domain';
import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull, LessThanOrEqual, MoreThan } from 'typeorm';

import { Clock } from '../../common/clock';
import { CoalescedRunner } from '../../common/coalesced-runner';
import { Transactor } from '../../database/transactor';
import { DomainEvents } from '../../events/domain-events';
import { ChannelEntity } from '../channel.entity';
import { ChannelConnectionEntity } from '../channel-connection.entity';
import { ChannelEventApplier } from './channel-event-applier';
import { WebhookInboxEntity } from './webhook-inbox.entity';

/** Deliveries taken per claim; their events are stored together. */
const CLAIM_BATCH = 200;
/** A claimed delivery is hidden this long: only a crash mid-processing lets the lease lapse. */
const LEASE_MS = 2 * 60_000;
const SWEEP_INTERVAL_MS = 5_000;
const MAX_ATTEMPTS = 8;

interface InboxItem {
  accountRef: string;
  event: ChannelEvent;
}

/**
 * Empties the webhook inbox: claims pending deliveries, stores their events per connected channel
 * and marks them done. At-least-once: a crash after storing and before marking replays the
 * delivery, and the stored versions make the replay change nothing.
 */
@Injectable()
export class WebhookInboxWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(WebhookInboxWorker.name);
  private readonly runner = new CoalescedRunner(
    () => this.processAll(),
    (error) => this.logger.error(`Webhook inbox run stopped early (${errorName(error)})`),
  );
  private timer: NodeJS.Timeout | null = null;
  private stopListening: (() => void) | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactor: Transactor,
    private readonly clock: Clock,
    private readonly events: DomainEvents,
    private readonly applier: ChannelEventApplier,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.stopListening = this.events.on('webhooks.received', () => void this.runner.trigger());
    this.timer = setInterval(() => void this.runner.trigger(), SWEEP_INTERVAL_MS);
    this.timer.unref();
    await this.releaseClaims();
    // What a crash or a restart left in the inbox.
    void this.runner.trigger();
  }

  /**
   * Deliveries claimed by a process that died would wait out their lease. Processing is
   * idempotent (stored versions), so a starting process takes them back at once: at worst another
   * live process and this one both store the same events, and the second changes nothing. Rows
   * waiting out a backoff after a failure (they carry an error) keep their time.
   */
  private async releaseClaims(): Promise<void> {
    const now = this.clock.now();
    await this.transactor.run((manager) =>
      manager
        .getRepository(WebhookInboxEntity)
        .update(
          { status: 'pending', nextAttemptAt: MoreThan(now), error: IsNull() },
          { nextAttemptAt: now },
        ),
    );
  }

  async onModuleDestroy(): Promise<void> {
    this.stopListening?.();
    if (this.timer) {
      clearInterval(this.timer);
    }
    await this.runner.stop();
  }

  /** Processes everything due now; resolves when the inbox holds nothing due. */
  drain(): Promise<void> {
    return this.runner.trigger();
  }

  private async processAll(): Promise<void> {
    while (!this.runner.isStopped) {
      const batch = await this.transactor.run((manager) => this.claim(manager));
      if (batch.length === 0) {
        return;
      }
      await this.process(batch);
    }
  }

  private async claim(manager: EntityManager): Promise<WebhookInboxEntity[]> {
    const now = this.clock.now();
    const inbox = manager.getRepository(WebhookInboxEntity);
    const due = await inbox.find({
      where: { status: 'pending', nextAttemptAt: LessThanOrEqual(now) },
      order: { nextAttemptAt: 'ASC', id: 'ASC' },
      take: CLAIM_BATCH,
    });
    if (due.length === 0) {
      return [];
    }
    const leaseEnd = new Date(now.getTime() + LEASE_MS);
    const claimed: WebhookInboxEntity[] = [];
    for (const row of due) {
      const result = await inbox.update(
        { id: row.id, status: 'pending', nextAttemptAt: LessThanOrEqual(now) },
        { nextAttemptAt: leaseEnd, attempts: row.attempts + 1 },
      );
      if (result.affected === 1) {
        claimed.push({ ...row, attempts: row.attempts + 1 });
      }
    }
    return claimed;
  }

  private async process(batch: WebhookInboxEntity[]): Promise<void> {
    const now = this.clock.now();
    try {
      const byChannel = await this.eventsByChannel(batch);
      for (const [channelId, events] of byChannel) {
        await this.applier.apply(channelId, events, 'webhook', now);
      }
      await this.transactor.run((manager) =>
        manager
          .getRepository(WebhookInboxEntity)
          .update(
            { id: In(batch.map((row) => row.id)) },
            { status: 'done', processedAt: now, error: null },
          ),
      );
    } catch (error) {
      this.logger.error(
        `Processing ${batch.length} webhook deliveries failed (${errorName(error)})`,
      );
      await this.transactor.run(async (manager) => {
        for (const row of batch) {
          const failed = row.attempts >= MAX_ATTEMPTS;
          await manager.getRepository(WebhookInboxEntity).update(
            { id: row.id },
            {
              status: failed ? 'failed' : 'pending',
              nextAttemptAt: new Date(now.getTime() + backoffMs(row.attempts)),
              error: errorName(error),
            },
          );
        }
      });
    }
  }

  /** Events routed to the connected channel whose account they name; unknown accounts dropped. */
  private async eventsByChannel(batch: WebhookInboxEntity[]): Promise<Map<string, ChannelEvent[]>> {
    const kinds = [...new Set(batch.map((row) => row.channelKind))];
    const connected = await this.dataSource.getRepository(ChannelConnectionEntity).find({
      where: { channel: { kind: In(kinds) } },
      relations: { channel: true },
    });
    const channelFor = new Map<string, string>();
    for (const connection of connected) {
      const channel = connection.channel as ChannelEntity;
      if (connection.state === 'active') {
        channelFor.set(routeKey(channel.kind, channel.externalAccountId ?? ''), channel.id);
      }
    }
    const byChannel = new Map<string, ChannelEvent[]>();
    for (const row of batch) {
      for (const item of JSON.parse(row.events) as InboxItem[]) {
        const channelId = channelFor.get(routeKey(row.channelKind, item.accountRef));
        if (channelId) {
          const list = byChannel.get(channelId) ?? [];
          list.push(item.event);
          byChannel.set(channelId, list);
        }
      }
    }
    return byChannel;
  }
}

function routeKey(kind: ChannelKind, accountRef: string): string {
  return `${kind}\u0000${accountRef}`;
}

function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** (attempts - 1), 60 * 60_000);
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'Error';
}
