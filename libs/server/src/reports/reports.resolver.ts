import { Args, Float, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { type Actor } from '../auth/actor';
import { CurrentActor } from '../auth/current-actor.decorator';
import { Roles } from '../auth/roles.decorator';
import { Clock } from '../common/clock';
import {
  AgentWorkload,
  CorrectionCount,
  Report,
  ReportComparison,
  ReportFilterInput,
  ReportGranularity,
  ReportLabelCount,
  ReportRange,
  ReportSpike,
  ReportTheme,
  ResponseTimeRow,
  SentimentPoint,
  SpikeSettingsInput,
  SpikeSettingsType,
  TopPost,
  VolumePoint,
} from './dto/report.types';
import { type ReportSpikeEntity } from './report-spike.entity';
import { type CubeRow, type ReportScope, ReportsService } from './reports.service';
import { SpikeWatch } from './spike-watch.service';

/** A report being resolved: its scope, and each period's cube read once for all its fields. */
interface ReportHandle {
  scope: ReportScope;
  cubes: Partial<Record<'current' | 'previous', Promise<CubeRow[]>>>;
  escalations?: ReturnType<ReportsService['escalations']>;
}

function toSpike(entity: ReportSpikeEntity): ReportSpike {
  return {
    id: entity.id,
    kind: entity.kind,
    channelId: entity.channelId,
    windowStart: entity.windowStart,
    windowEnd: entity.windowEnd,
    count: entity.count,
    expected: entity.expected ?? 0,
    ratio: entity.ratio,
    reason: entity.reason,
    raisedAt: entity.raisedAt,
    acknowledgedAt: entity.acknowledgedAt,
  };
}

@Roles('agent')
@Resolver(() => Report)
export class ReportsResolver {
  constructor(
    private readonly reports: ReportsService,
    private readonly spikeWatch: SpikeWatch,
    private readonly clock: Clock,
  ) {}

  @Query(() => Report, {
    description: 'Engagement trends over a date range (at most 400 days), from the report rollups.',
  })
  report(@Args('filter') filter: ReportFilterInput): ReportHandle {
    return { scope: this.reports.scope(filter, this.clock.now()), cubes: {} };
  }

  @ResolveField(() => ReportRange)
  range(@Parent() report: ReportHandle): ReportRange {
    const { range } = report.scope;
    return {
      from: range.from,
      to: range.to,
      granularity: range.granularity as ReportGranularity,
      previousFrom: range.previous.from,
      previousTo: range.previous.to,
    };
  }

  @ResolveField(() => ReportComparison, { description: 'Comments received.' })
  async comments(@Parent() report: ReportHandle): Promise<ReportComparison> {
    const [current, previous] = await this.cubes(report);
    return this.reports.compare(this.reports.total(current), this.reports.total(previous));
  }

  @ResolveField(() => ReportComparison, { description: 'Negative comments.' })
  async negative(@Parent() report: ReportHandle): Promise<ReportComparison> {
    const [current, previous] = await this.cubes(report);
    const negative = (row: CubeRow) => row.sentiment === 'negative';
    return this.reports.compare(
      this.reports.total(current, negative),
      this.reports.total(previous, negative),
    );
  }

  @ResolveField(() => ReportComparison, { description: 'Replies sent.' })
  async repliesSent(@Parent() report: ReportHandle): Promise<ReportComparison> {
    const { scope } = report;
    const [current, previous] = await Promise.all([
      this.reports.repliesSent(scope, scope.range),
      this.reports.repliesSent(scope, scope.range.previous),
    ]);
    return this.reports.compare(current, previous);
  }

  @ResolveField(() => ReportComparison, { description: 'Escalation cases opened (all channels).' })
  async escalationsOpened(@Parent() report: ReportHandle): Promise<ReportComparison> {
    const [current, previous] = await this.escalations(report);
    return this.reports.compare(current.opened, previous.opened);
  }

  @ResolveField(() => ReportComparison, {
    description: 'Escalation cases resolved (all channels).',
  })
  async escalationsResolved(@Parent() report: ReportHandle): Promise<ReportComparison> {
    const [current, previous] = await this.escalations(report);
    return this.reports.compare(current.resolved, previous.resolved);
  }

  @ResolveField(() => Float, {
    nullable: true,
    description: 'Median time to resolve a case, seconds.',
  })
  async medianTimeToResolveSeconds(@Parent() report: ReportHandle): Promise<number | null> {
    const [current] = await this.escalations(report);
    return this.reports.medianSeconds(current.resolveSeconds);
  }

  @ResolveField(() => [VolumePoint], {
    description: 'Comments per channel per bucket, zeros included.',
  })
  async volume(@Parent() report: ReportHandle): Promise<VolumePoint[]> {
    const [current] = await this.cubes(report);
    return this.reports.volume(report.scope, current);
  }

  @ResolveField(() => [SentimentPoint], { description: 'Sentiment per bucket.' })
  async sentiment(@Parent() report: ReportHandle): Promise<SentimentPoint[]> {
    const [current] = await this.cubes(report);
    return this.reports.sentimentSeries(report.scope, current);
  }

  @ResolveField(() => [ReportLabelCount], {
    description: 'Comments per sentiment, with the previous period.',
  })
  async sentimentShare(@Parent() report: ReportHandle): Promise<ReportLabelCount[]> {
    const [current, previous] = await this.cubes(report);
    return this.reports.sentiments(current, previous);
  }

  @ResolveField(() => [ReportLabelCount], { description: 'The intent mix, most frequent first.' })
  async intents(@Parent() report: ReportHandle): Promise<ReportLabelCount[]> {
    const [current, previous] = await this.cubes(report);
    return this.reports.intents(current, previous);
  }

  @ResolveField(() => [ReportLabelCount], { description: 'Comments per urgency.' })
  async urgencies(@Parent() report: ReportHandle): Promise<ReportLabelCount[]> {
    const [current, previous] = await this.cubes(report);
    return this.reports.urgencies(current, previous);
  }

  @ResolveField(() => [ResponseTimeRow], {
    description:
      'First-response time p50/p90 and SLA compliance per urgency; the last row is every urgency.',
  })
  responseTimes(@Parent() report: ReportHandle): Promise<ResponseTimeRow[]> {
    return this.reports.responseTimes(report.scope);
  }

  @ResolveField(() => [AgentWorkload], {
    description: 'Replies sent and labels corrected per person.',
  })
  agents(@Parent() report: ReportHandle): Promise<AgentWorkload[]> {
    return this.reports.agents(report.scope);
  }

  @ResolveField(() => [CorrectionCount], {
    description: 'How often triage was corrected, by label.',
  })
  corrections(@Parent() report: ReportHandle): Promise<CorrectionCount[]> {
    return this.reports.corrections(report.scope);
  }

  @ResolveField(() => [ReportTheme], { description: 'Rising themes against the previous period.' })
  themes(@Parent() report: ReportHandle): Promise<ReportTheme[]> {
    return this.reports.themes(report.scope);
  }

  @ResolveField(() => [TopPost], { description: 'Posts with the most comments in the range.' })
  topPosts(@Parent() report: ReportHandle): Promise<TopPost[]> {
    return this.reports.topPosts(report.scope);
  }

  @ResolveField(() => [ReportSpike], { description: 'Spike alerts raised in the range.' })
  async spikes(@Parent() report: ReportHandle): Promise<ReportSpike[]> {
    const rows = await this.spikeWatch.inRange(report.scope.range.from, report.scope.range.to);
    return rows.map(toSpike);
  }

  @Query(() => [ReportSpike], { description: 'Spike alerts of the last day not yet acknowledged.' })
  async activeSpikes(): Promise<ReportSpike[]> {
    return (await this.spikeWatch.active()).map(toSpike);
  }

  @Mutation(() => ReportSpike, { description: 'Acknowledges a spike alert (audited).' })
  async acknowledgeSpike(
    @Args('id', { type: () => ID }) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<ReportSpike> {
    return toSpike(await this.spikeWatch.acknowledge(actor, id));
  }

  @Query(() => SpikeSettingsType, { description: 'When spike alerts are raised.' })
  spikeSettings(): Promise<SpikeSettingsType> {
    return this.spikeWatch.settings();
  }

  @Roles('manager')
  @Mutation(() => SpikeSettingsType, {
    description: 'Tunes the spike alert thresholds (managers).',
  })
  updateSpikeSettings(
    @Args('input') input: SpikeSettingsInput,
    @CurrentActor() actor: Actor,
  ): Promise<SpikeSettingsType> {
    return this.spikeWatch.updateSettings(actor, input);
  }

  private cubes(report: ReportHandle): Promise<[CubeRow[], CubeRow[]]> {
    const { scope } = report;
    report.cubes.current ??= this.reports.cube(scope, scope.range);
    report.cubes.previous ??= this.reports.cube(scope, scope.range.previous);
    return Promise.all([report.cubes.current, report.cubes.previous]);
  }

  private escalations(report: ReportHandle) {
    const { range } = report.scope;
    report.escalations ??= this.reports.escalations(range);
    const previous = this.reports.escalations(range.previous);
    return Promise.all([report.escalations, previous]);
  }
}
