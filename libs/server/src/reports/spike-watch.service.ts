import {
  detectSpike,
  HOUR_MS,
  negativeShareSpike,
  resolveSpikeSettings,
  seasonalBaseline,
  type SpikeSettings,
  validateSpikeSettings,
} from '@bedside/reports';
import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { DataSource, IsNull, MoreThanOrEqual } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { badInput, notFound } from '../common/app-error';
import { Clock } from '../common/clock';
import { CoalescedRunner } from '../common/coalesced-runner';
import { newId } from '../common/ids';
import { runSql } from '../database/raw-query';
import { Transactor } from '../database/transactor';
import { startOfHour } from './report-rollups';
import { ReportSettingsEntity, ReportSpikeEntity } from './report-spike.entity';

/** How often the last hour is compared with its baseline. */
const CHECK_INTERVAL_MS = 5 * 60_000;
/** Past hours the baseline is drawn from (the same hours of the previous 7 days). */
const BASELINE_HOURS = 7 * 24;
/** Unacknowledged spikes stay on the banner this long. */
const ACTIVE_FOR_MS = 24 * HOUR_MS;

interface HourCount {
  channelId: string;
  hour: number;
  total: number;
  negative: number;
}

/**
 * The storm detector: every five minutes it compares the last hour's comments on each channel
 * (and the share of negative ones overall) with the same hours of the past week from the hourly
 * rollups, and raises a spike alert when the count jumps beyond the managers' thresholds. One
 * alert per kind, channel and clock hour, shown on every open dashboard until acknowledged.
 */
@Injectable()
export class SpikeWatch implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(SpikeWatch.name);
  private readonly runner = new CoalescedRunner(
    async () => {
      await this.check();
    },
    (error) =>
      this.logger.error(`Spike check failed (${error instanceof Error ? error.name : 'Error'})`),
  );
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactor: Transactor,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.runner.trigger(), CHECK_INTERVAL_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) {
      clearInterval(this.timer);
    }
    await this.runner.stop();
  }

  async settings(): Promise<SpikeSettings> {
    const row = await this.dataSource
      .getRepository(ReportSettingsEntity)
      .findOneBy({ id: 'default' });
    return resolveSpikeSettings(row?.spike ?? {});
  }

  async updateSettings(actor: Actor, input: SpikeSettings): Promise<SpikeSettings> {
    const problems = validateSpikeSettings(input);
    if (problems.length > 0) {
      throw badInput(problems.join(' '));
    }
    const now = this.clock.now();
    await this.transactor.run(async (manager) => {
      await manager
        .getRepository(ReportSettingsEntity)
        .save({ id: 'default', spike: { ...input }, updatedAt: now });
      await this.audit.record(manager, {
        actor,
        action: 'reports.spike_settings_changed',
        targetType: null,
        details: { ...input },
      });
    });
    return this.settings();
  }

  /** Compares the last hour with its baseline now; returns the spikes raised by this check. */
  async check(): Promise<ReportSpikeEntity[]> {
    const now = this.clock.now();
    const settings = await this.settings();
    const windowStart = new Date(now.getTime() - HOUR_MS);
    const current = await this.lastHour(windowStart, now);
    const baseline = await this.baselineHours(now);
    const raised: ReportSpikeEntity[] = [];
    const channels = new Set([...current.keys(), ...baseline.keys()]);
    const firstHour = startOfHour(now).getTime() - BASELINE_HOURS * HOUR_MS;
    for (const channelId of channels) {
      const series = Array.from(
        { length: BASELINE_HOURS },
        (_, index) => baseline.get(channelId)?.get(firstHour + index * HOUR_MS)?.total ?? 0,
      );
      series.push(current.get(channelId)?.total ?? 0);
      const result = detectSpike(
        {
          current: series[series.length - 1] ?? 0,
          baseline: seasonalBaseline(series, series.length - 1),
        },
        settings,
      );
      if (result.spike) {
        raised.push(
          ...(await this.raise({
            kind: 'volume',
            channelId,
            windowStart,
            windowEnd: now,
            count: series[series.length - 1] ?? 0,
            expected: result.expected,
            ratio: result.ratio,
            reason: result.reason,
          })),
        );
      }
    }
    const totals = { negative: 0, total: 0 };
    for (const counts of current.values()) {
      totals.negative += counts.negative;
      totals.total += counts.total;
    }
    const usual = { negative: 0, total: 0 };
    for (const hours of baseline.values()) {
      for (const counts of hours.values()) {
        usual.negative += counts.negative;
        usual.total += counts.total;
      }
    }
    const negative = negativeShareSpike({ current: totals, baseline: usual });
    if (negative.spike) {
      raised.push(
        ...(await this.raise({
          kind: 'negative',
          channelId: null,
          windowStart,
          windowEnd: now,
          count: totals.negative,
          expected: (negative.expectedShare ?? 0) * totals.total,
          ratio: negative.expectedShare ? negative.share / negative.expectedShare : null,
          reason: negative.reason,
        })),
      );
    }
    return raised;
  }

  /** Spikes not yet acknowledged, raised in the last day: the dashboards' banner. */
  active(): Promise<ReportSpikeEntity[]> {
    return this.dataSource.getRepository(ReportSpikeEntity).find({
      where: {
        acknowledgedAt: IsNull(),
        raisedAt: MoreThanOrEqual(new Date(this.clock.now().getTime() - ACTIVE_FOR_MS)),
      },
      order: { raisedAt: 'DESC' },
    });
  }

  inRange(from: Date, to: Date): Promise<ReportSpikeEntity[]> {
    return this.dataSource
      .getRepository(ReportSpikeEntity)
      .createQueryBuilder('s')
      .where('s.raisedAt >= :from AND s.raisedAt < :to', { from, to })
      .orderBy('s.raisedAt', 'DESC')
      .getMany();
  }

  async acknowledge(actor: Actor, id: string): Promise<ReportSpikeEntity> {
    const now = this.clock.now();
    return this.transactor.run(async (manager) => {
      const repository = manager.getRepository(ReportSpikeEntity);
      const spike = await repository.findOneBy({ id });
      if (!spike) {
        throw notFound('The spike alert');
      }
      if (!spike.acknowledgedAt) {
        spike.acknowledgedAt = now;
        spike.acknowledgedById = actor.userId;
        await repository.save(spike);
        await this.audit.record(manager, {
          actor,
          action: 'reports.spike_acknowledged',
          targetType: 'spike',
          targetId: id,
        });
      }
      return spike;
    });
  }

  private async raise(
    spike: Omit<ReportSpikeEntity, 'id' | 'raisedAt' | 'acknowledgedAt' | 'acknowledgedById'>,
  ): Promise<ReportSpikeEntity[]> {
    const now = this.clock.now();
    const hour = startOfHour(now);
    return this.transactor.run(async (manager) => {
      const repository = manager.getRepository(ReportSpikeEntity);
      // One alert per kind, channel and clock hour, however often the check runs.
      const existing = await repository.findOneBy({
        kind: spike.kind,
        channelId: spike.channelId ?? IsNull(),
        windowStart: MoreThanOrEqual(hour),
      });
      if (existing) {
        return [];
      }
      const row: ReportSpikeEntity = {
        ...spike,
        id: newId(),
        windowStart: spike.windowStart < hour ? hour : spike.windowStart,
        raisedAt: now,
        acknowledgedAt: null,
        acknowledgedById: null,
      };
      await repository.insert(row);
      await this.audit.record(manager, {
        actor: null,
        action: 'reports.spike_raised',
        targetType: 'spike',
        targetId: row.id,
        details: {
          kind: row.kind,
          channelId: row.channelId,
          count: row.count,
          expected: row.expected,
        },
      });
      this.logger.warn(`Spike alert (${row.kind}): ${row.reason}`);
      return [row];
    });
  }

  private async lastHour(
    from: Date,
    to: Date,
  ): Promise<Map<string, { total: number; negative: number }>> {
    const rows = await runSql<
      { channel_id: string; total: number | string; negative: number | string }[]
    >(
      this.dataSource.manager,
      `SELECT "channel_id", COUNT(*) AS "total", SUM(CASE WHEN "sentiment" = 'negative' THEN 1 ELSE 0 END) AS "negative"
       FROM "comments" WHERE "created_at" >= :from AND "created_at" < :to GROUP BY "channel_id"`,
      { from, to },
    );
    return new Map(
      rows.map((row) => [
        row.channel_id,
        { total: Number(row.total), negative: Number(row.negative) },
      ]),
    );
  }

  private async baselineHours(now: Date): Promise<Map<string, Map<number, HourCount>>> {
    const to = startOfHour(now);
    const from = new Date(to.getTime() - BASELINE_HOURS * HOUR_MS);
    const rows = await runSql<
      {
        channel_id: string;
        hour: string | Date;
        total: number | string;
        negative: number | string;
      }[]
    >(
      this.dataSource.manager,
      `SELECT "channel_id", "hour", SUM("count") AS "total",
              SUM(CASE WHEN "sentiment" = 'negative' THEN "count" ELSE 0 END) AS "negative"
       FROM "report_hourly_counts" WHERE "hour" >= :from AND "hour" < :to GROUP BY "channel_id", "hour"`,
      { from, to },
    );
    const byChannel = new Map<string, Map<number, HourCount>>();
    for (const row of rows) {
      const hour = (
        row.hour instanceof Date ? row.hour : new Date(`${row.hour.replace(' ', 'T')}Z`)
      ).getTime();
      const hours = byChannel.get(row.channel_id) ?? new Map<number, HourCount>();
      hours.set(hour, {
        channelId: row.channel_id,
        hour,
        total: Number(row.total),
        negative: Number(row.negative),
      });
      byChannel.set(row.channel_id, hours);
    }
    return byChannel;
  }
}
