import { isChannelError } from '@bedside/channels';
import { CHANNEL_CONNECTION_SPECS } from '@bedside/domain';
import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { DataSource, IsNull, LessThan, LessThanOrEqual } from 'typeorm';

import { Clock } from '../../common/clock';
import { CoalescedRunner } from '../../common/coalesced-runner';
import { Transactor } from '../../database/transactor';
import { ChannelConnectionEntity } from '../channel-connection.entity';
import { ChannelConnectionsService, type LiveConnection } from '../channel-connections.service';
import { type ApplyResult, ChannelEventApplier } from './channel-event-applier';
import { failureEffect } from './connection-health';

const TICK_MS = 5_000;
/** Pages fetched per run; a long backlog continues on the next run. */
const MAX_PAGES_PER_RUN = 20;
/** Longer than the slowest run (20 pages at the request time-out): only a crash lets it lapse. */
const LEASE_MS = 10 * 60_000;

export interface PollOutcome {
  ok: boolean;
  pages: number;
  stored: number;
  updated: number;
  deleted: number;
  message: string | null;
}

export interface ConnectionTest {
  ok: boolean;
  message: string;
  itemsSeen: number;
}

/**
 * Polls every active connected channel when it is due, one run per channel at a time (a lease in
 * the database, so two server processes never poll the same channel), and never lets one failing
 * channel hold up another. The cursor is saved only after the page before it is stored.
 */
@Injectable()
export class ChannelPoller implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(ChannelPoller.name);
  private readonly runner = new CoalescedRunner(
    () => this.pollDue(),
    (error) => this.logger.error(`Poll run stopped early (${errorName(error)})`),
  );
  private timer: NodeJS.Timeout | null = null;
  private stopListening: (() => void) | null = null;
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactor: Transactor,
    private readonly clock: Clock,
    private readonly connections: ChannelConnectionsService,
    private readonly applier: ChannelEventApplier,
  ) {}

  onApplicationBootstrap(): void {
    this.stopListening = this.connections.onChange(() => void this.runner.trigger());
    this.timer = setInterval(() => void this.runner.trigger(), TICK_MS);
    this.timer.unref();
    void this.runner.trigger();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopListening?.();
    if (this.timer) {
      clearInterval(this.timer);
    }
    await this.runner.stop();
    await Promise.allSettled([...this.inFlight]);
  }

  /** Polls every channel that is due now, in parallel; resolves when all are done. */
  async pollDue(): Promise<void> {
    const now = this.clock.now();
    const due = await this.dataSource.getRepository(ChannelConnectionEntity).find({
      where: { state: 'active', nextPollAt: LessThanOrEqual(now) },
      relations: { channel: true },
    });
    await Promise.allSettled(
      due.map((connection) => this.track(this.pollClaimed(connection.channelId, false))),
    );
  }

  /** Polls one channel now, whatever its schedule (the "Poll now" button, tests). */
  async pollNow(channelId: string): Promise<PollOutcome> {
    return this.track(this.pollClaimed(channelId, true));
  }

  /**
   * One page from the platform without storing anything: do the credentials and base URL work?
   * The answer is also the channel's health.
   */
  async test(channelId: string): Promise<ConnectionTest> {
    const live = await this.connections.live(channelId);
    if (!live) {
      return { ok: false, message: 'This channel is not connected.', itemsSeen: 0 };
    }
    const now = this.clock.now();
    try {
      const page = await live.connector.fetchSince(live.account, null);
      await this.recordSuccess(live, now, false);
      return {
        ok: true,
        message: `Connected: the platform answered with ${page.events.length} item(s).`,
        itemsSeen: page.events.length,
      };
    } catch (error) {
      const effect = await this.recordFailure(live, error, now, false);
      return { ok: false, message: effect, itemsSeen: 0 };
    }
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work)).catch(() => undefined);
    return work;
  }

  private async pollClaimed(channelId: string, force: boolean): Promise<PollOutcome> {
    const claimed = await this.claim(channelId, force);
    if (!claimed) {
      return idle('Another poll of this channel is running, or it is not due.');
    }
    const live = await this.connections.live(channelId);
    if (!live || !live.connector.capabilities.polling) {
      return idle('This channel is not polled.');
    }
    return this.pollLive(live);
  }

  /** Takes the channel's lease, or reports that someone else holds it. */
  private async claim(channelId: string, force: boolean): Promise<boolean> {
    const now = this.clock.now();
    return this.transactor.run(async (manager) => {
      const repository = manager.getRepository(ChannelConnectionEntity);
      const base = { channelId, state: 'active' as const };
      const due = force ? {} : { nextPollAt: LessThanOrEqual(now) };
      const lease = { pollLeaseUntil: new Date(now.getTime() + LEASE_MS) };
      const free = await repository.update({ ...base, ...due, pollLeaseUntil: IsNull() }, lease);
      if (free.affected === 1) {
        return true;
      }
      const lapsed = await repository.update(
        { ...base, ...due, pollLeaseUntil: LessThan(now) },
        lease,
      );
      return lapsed.affected === 1;
    });
  }

  private async pollLive(live: LiveConnection): Promise<PollOutcome> {
    const outcome: PollOutcome = {
      ok: true,
      pages: 0,
      stored: 0,
      updated: 0,
      deleted: 0,
      message: null,
    };
    let cursor = live.connection.pollCursor;
    try {
      for (let page = 0; page < MAX_PAGES_PER_RUN; page += 1) {
        const result = await live.connector.fetchSince(live.account, cursor);
        const applied: ApplyResult = await this.applier.apply(
          live.channel.id,
          result.events,
          'poll',
          this.clock.now(),
        );
        outcome.pages += 1;
        outcome.stored += applied.stored;
        outcome.updated += applied.updated;
        outcome.deleted += applied.deleted;
        if (applied.rejected.length > 0) {
          this.logger.warn(
            `Poll of channel ${live.channel.id}: ${applied.rejected.length} item(s) refused (${applied.rejected
              .map((item) => item.externalId)
              .slice(0, 5)
              .join(', ')})`,
          );
        }
        if (result.nextCursor !== null) {
          cursor = result.nextCursor;
          // Only now that the page is stored: a crash before this line re-reads the page.
          await this.transactor.run((manager) =>
            manager
              .getRepository(ChannelConnectionEntity)
              .update({ channelId: live.channel.id }, { pollCursor: cursor }),
          );
        }
        if (!result.hasMore) {
          break;
        }
      }
      await this.recordSuccess(live, this.clock.now(), true);
    } catch (error) {
      outcome.ok = false;
      outcome.message = await this.recordFailure(live, error, this.clock.now(), true);
    }
    return outcome;
  }

  private async recordSuccess(live: LiveConnection, now: Date, polled: boolean): Promise<void> {
    const polls = CHANNEL_CONNECTION_SPECS[live.channel.kind]?.polling ?? false;
    await this.transactor.run((manager) =>
      manager.getRepository(ChannelConnectionEntity).update(
        { channelId: live.channel.id },
        {
          health: 'healthy',
          healthMessage: null,
          failingSince: null,
          consecutiveFailures: 0,
          ...(polled
            ? {
                lastPolledAt: now,
                pollLeaseUntil: null,
                nextPollAt: polls
                  ? new Date(now.getTime() + live.connection.pollIntervalSeconds * 1000)
                  : null,
              }
            : {}),
          updatedAt: now,
        },
      ),
    );
  }

  /** Stores the failure on the channel and returns the message shown for it. */
  private async recordFailure(
    live: LiveConnection,
    error: unknown,
    now: Date,
    polled: boolean,
  ): Promise<string> {
    const current = (await this.connections.connection(live.channel.id)) ?? live.connection;
    const effect = failureEffect(error, current, now);
    if (!isChannelError(error)) {
      this.logger.error(`Poll of channel ${live.channel.id} failed (${errorName(error)})`);
    }
    await this.transactor.run((manager) =>
      manager.getRepository(ChannelConnectionEntity).update(
        { channelId: live.channel.id },
        {
          health: effect.health,
          healthMessage: effect.message,
          failingSince: current.failingSince ?? now,
          consecutiveFailures: current.consecutiveFailures + 1,
          ...(polled
            ? { lastPolledAt: now, pollLeaseUntil: null, nextPollAt: effect.nextPollAt }
            : {}),
          updatedAt: now,
        },
      ),
    );
    return effect.message;
  }
}

function idle(message: string): PollOutcome {
  return { ok: true, pages: 0, stored: 0, updated: 0, deleted: 0, message };
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'Error';
}
