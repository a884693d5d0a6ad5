import {
  type Intent,
  INTENTS,
  type PhiSpan,
  SENTIMENT_LABELS,
  type SentimentLabel,
  type SlaMinutes,
  URGENCIES,
  type Urgency,
} from '@bedside/domain';
import {
  bucketsBetween,
  bucketStart,
  changeVsPrevious,
  type DateRange,
  durationBucket,
  emptyHistogram,
  extractTerms,
  fillSeries,
  type Granularity,
  histogramOf,
  mergeHistograms,
  percentileFromHistogram,
  type ResolvedRange,
  resolveRange,
  risingThemes,
  shareWithin,
  topThemes,
} from '@bedside/reports';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { badInput } from '../common/app-error';
import { runSql } from '../database/raw-query';
import { SlaService } from '../sla/sla.service';

export interface ReportFilter {
  from: Date;
  to?: Date | null;
  channelIds?: readonly string[] | null;
  postId?: string | null;
}

/** One row of the counts cube: a bucket, a channel and a combination of labels. */
export interface CubeRow {
  bucket: Date;
  channelId: string;
  sentiment: SentimentLabel | null;
  intentFlags: number;
  urgencyRank: number;
  count: number;
}

export interface Comparison {
  current: number;
  previous: number;
  changePercent: number | null;
}

export interface LabelCount {
  label: string;
  count: number;
  previous: number;
}

export interface ResponseTimeRow {
  urgency: Urgency | null;
  responded: number;
  p50Seconds: number | null;
  p90Seconds: number | null;
  slaMinutes: number | null;
  slaCompliance: number | null;
}

export interface ThemeRow {
  term: string;
  count: number;
  previousCount: number;
  change: number | null;
  examples: { commentId: string; excerpt: string }[];
}

export interface TopPostRow {
  postId: string;
  channelId: string;
  url: string | null;
  excerpt: string | null;
  comments: number;
  negative: number;
}

export interface AgentRow {
  userId: string | null;
  name: string;
  repliesSent: number;
  labelCorrections: number;
}

/**
 * Comments read per period for the themes: the newest, enough for stable top terms. Extracting
 * terms is the page's one CPU-bound step (about 30 ms per thousand comments), so the sample is
 * what keeps a whole Reports page under 200 ms at a million comments.
 */
export const THEME_SAMPLE = 1000;

/** A report's range and filter, resolved once; measures are computed on demand from it. */
export interface ReportScope {
  range: ResolvedRange;
  channelIds: readonly string[] | null;
  postId: string | null;
}

function asDate(value: string | Date): Date {
  return value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}Z`);
}

/**
 * The Reports page's measures. Counts come from the rollup tables (hourly for ranges up to three
 * days, daily beyond), never from a scan of all comments; a single post's report reads that
 * post's comments, which are few. Themes read a bounded sample of the newest comments of each
 * period, with PHI spans left out of the terms.
 */
@Injectable()
export class ReportsService {
  private readonly postgres: boolean;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sla: SlaService,
  ) {
    this.postgres = dataSource.options.type === 'postgres';
  }

  scope(filter: ReportFilter, now: Date): ReportScope {
    let range: ResolvedRange;
    try {
      range = resolveRange({ from: filter.from, to: filter.to ?? null }, now);
    } catch (error) {
      throw badInput(error instanceof Error ? error.message : 'The date range is not valid.');
    }
    return {
      range,
      channelIds: filter.channelIds && filter.channelIds.length > 0 ? filter.channelIds : null,
      postId: filter.postId ?? null,
    };
  }

  /** The counts cube of a period, per bucket of the range's granularity. */
  async cube(scope: ReportScope, period: DateRange): Promise<CubeRow[]> {
    const granularity = scope.range.granularity;
    // A bucket overlapping the period's start counts whole, as the chart's first bucket does.
    const params = {
      from: bucketStart(period.from, granularity),
      to: period.to,
      channelIds: scope.channelIds ?? [],
      postId: scope.postId,
    };
    const channelFilter = scope.channelIds ? `AND "channel_id" IN (:...channelIds)` : '';
    let sql: string;
    if (scope.postId) {
      const bucket = this.truncate(granularity, '"created_at"');
      sql = `SELECT ${bucket} AS "bucket", "channel_id", COALESCE("sentiment", '') AS "sentiment", "intent_flags", "urgency_rank", COUNT(*) AS "count"
             FROM "comments" WHERE "post_id" = :postId AND "created_at" >= :from AND "created_at" < :to ${channelFilter}
             GROUP BY ${bucket}, "channel_id", COALESCE("sentiment", ''), "intent_flags", "urgency_rank"`;
    } else {
      const [table, column] =
        granularity === 'hour' ? ['report_hourly_counts', 'hour'] : ['report_daily_counts', 'day'];
      sql = `SELECT "${column}" AS "bucket", "channel_id", "sentiment", "intent_flags", "urgency_rank", "count"
             FROM "${table}" WHERE "${column}" >= :from AND "${column}" < :to AND "count" <> 0 ${channelFilter}`;
    }
    const rows = await runSql<
      {
        bucket: string | Date;
        channel_id: string;
        sentiment: string;
        intent_flags: number | string;
        urgency_rank: number | string;
        count: number | string;
      }[]
    >(this.dataSource.manager, sql, params);
    return rows.map((row) => ({
      bucket: asDate(row.bucket),
      channelId: row.channel_id,
      sentiment: row.sentiment === '' ? null : (row.sentiment as SentimentLabel),
      intentFlags: Number(row.intent_flags),
      urgencyRank: Number(row.urgency_rank),
      count: Number(row.count),
    }));
  }

  buckets(scope: ReportScope): string[] {
    return bucketsBetween(scope.range.from, scope.range.to, scope.range.granularity);
  }

  /** Comments per channel per bucket, zeros included. */
  volume(
    scope: ReportScope,
    cube: CubeRow[],
  ): { bucket: string; channelId: string; count: number }[] {
    const buckets = this.buckets(scope);
    const channels = [...new Set(cube.map((row) => row.channelId))].sort();
    return channels.flatMap((channelId) =>
      fillSeries(
        buckets,
        cube
          .filter((row) => row.channelId === channelId)
          .map((row) => ({ bucket: row.bucket, value: row.count })),
      ).map((point) => ({ bucket: point.bucket, channelId, count: point.value })),
    );
  }

  sentimentSeries(
    scope: ReportScope,
    cube: CubeRow[],
  ): { bucket: string; negative: number; neutral: number; positive: number }[] {
    const buckets = this.buckets(scope);
    const series = SENTIMENT_LABELS.map((label) =>
      fillSeries(
        buckets,
        cube
          .filter((row) => row.sentiment === label)
          .map((row) => ({ bucket: row.bucket, value: row.count })),
      ),
    );
    return buckets.map((_, index) => ({
      bucket: series[0]?.[index]?.bucket ?? buckets[index] ?? '',
      negative: series[SENTIMENT_LABELS.indexOf('negative')]?.[index]?.value ?? 0,
      neutral: series[SENTIMENT_LABELS.indexOf('neutral')]?.[index]?.value ?? 0,
      positive: series[SENTIMENT_LABELS.indexOf('positive')]?.[index]?.value ?? 0,
    }));
  }

  total(cube: CubeRow[], accept: (row: CubeRow) => boolean = () => true): number {
    return cube.reduce((sum, row) => (accept(row) ? sum + row.count : sum), 0);
  }

  compare(current: number, previous: number): Comparison {
    return { current, previous, changePercent: changeVsPrevious(current, previous).percent };
  }

  labelCounts<T extends string>(
    labels: readonly T[],
    current: CubeRow[],
    previous: CubeRow[],
    matches: (row: CubeRow, label: T) => boolean,
  ): LabelCount[] {
    return labels.map((label) => ({
      label,
      count: this.total(current, (row) => matches(row, label)),
      previous: this.total(previous, (row) => matches(row, label)),
    }));
  }

  intents(current: CubeRow[], previous: CubeRow[]): LabelCount[] {
    return this.labelCounts<Intent>(INTENTS, current, previous, (row, intent) =>
      Boolean(row.intentFlags & (1 << INTENTS.indexOf(intent))),
    ).sort((a, b) => b.count - a.count);
  }

  sentiments(current: CubeRow[], previous: CubeRow[]): LabelCount[] {
    return this.labelCounts(
      SENTIMENT_LABELS,
      current,
      previous,
      (row, label) => row.sentiment === label,
    );
  }

  urgencies(current: CubeRow[], previous: CubeRow[]): LabelCount[] {
    return this.labelCounts(
      URGENCIES,
      current,
      previous,
      (row, urgency) => row.urgencyRank === URGENCIES.indexOf(urgency),
    );
  }

  /** First-response time percentiles and SLA compliance per urgency, and for all comments. */
  async responseTimes(scope: ReportScope): Promise<ResponseTimeRow[]> {
    const minutes = await this.sla.minutes();
    const byUrgency = new Map<number, number[]>();
    if (scope.postId) {
      const rows = await runSql<
        {
          urgency_rank: number | string;
          received_at: string | Date;
          first_responded_at: string | Date;
        }[]
      >(
        this.dataSource.manager,
        `SELECT "urgency_rank", "received_at", "first_responded_at" FROM "comments"
         WHERE "post_id" = :postId AND "received_at" >= :from AND "received_at" < :to AND "first_responded_at" IS NOT NULL`,
        { postId: scope.postId, from: scope.range.from, to: scope.range.to },
      );
      for (const row of rows) {
        const rank = Number(row.urgency_rank);
        const histogram = byUrgency.get(rank) ?? emptyHistogram();
        histogram[
          durationBucket(
            asDate(row.first_responded_at).getTime() - asDate(row.received_at).getTime(),
          )
        ] += 1;
        byUrgency.set(rank, histogram);
      }
    } else {
      const rows = await runSql<
        { urgency_rank: number | string; bucket: number | string; count: number | string }[]
      >(
        this.dataSource.manager,
        `SELECT "urgency_rank", "bucket", SUM("count") AS "count" FROM "report_response_daily"
         WHERE "day" >= :from AND "day" < :to ${scope.channelIds ? 'AND "channel_id" IN (:...channelIds)' : ''}
         GROUP BY "urgency_rank", "bucket"`,
        {
          from: dayStart(scope.range.from),
          to: scope.range.to,
          channelIds: scope.channelIds ?? [],
        },
      );
      for (const row of rows) {
        const rank = Number(row.urgency_rank);
        const histogram = byUrgency.get(rank) ?? emptyHistogram();
        histogram[Number(row.bucket)] = (histogram[Number(row.bucket)] ?? 0) + Number(row.count);
        byUrgency.set(rank, histogram);
      }
    }
    const rows: ResponseTimeRow[] = URGENCIES.map((urgency, rank) =>
      responseRow(urgency, byUrgency.get(rank) ?? emptyHistogram(), minutes),
    );
    rows.push(responseRow(null, mergeHistograms(byUrgency.values()), minutes));
    return rows;
  }

  async repliesSent(scope: ReportScope, period: DateRange): Promise<number> {
    const joins =
      scope.channelIds || scope.postId ? 'JOIN "comments" "c" ON "c"."id" = "r"."comment_id"' : '';
    const where = [
      scope.channelIds ? 'AND "c"."channel_id" IN (:...channelIds)' : '',
      scope.postId ? 'AND "c"."post_id" = :postId' : '',
    ].join(' ');
    const [row] = await runSql<{ count: number | string }[]>(
      this.dataSource.manager,
      `SELECT COUNT(*) AS "count" FROM "replies" "r" ${joins}
       WHERE "r"."sent_at" >= :from AND "r"."sent_at" < :to ${where}`,
      {
        from: period.from,
        to: period.to,
        channelIds: scope.channelIds ?? [],
        postId: scope.postId,
      },
    );
    return Number(row?.count ?? 0);
  }

  /** Cases opened and resolved in the period (organisation-wide: a case may span channels). */
  async escalations(
    period: DateRange,
  ): Promise<{ opened: number; resolved: number; resolveSeconds: number[] }> {
    const [opened] = await runSql<{ count: number | string }[]>(
      this.dataSource.manager,
      `SELECT COUNT(*) AS "count" FROM "cases" WHERE "created_at" >= :from AND "created_at" < :to`,
      period,
    );
    const resolved = await runSql<{ created_at: string | Date; resolved_at: string | Date }[]>(
      this.dataSource.manager,
      `SELECT "created_at", "resolved_at" FROM "cases" WHERE "resolved_at" >= :from AND "resolved_at" < :to`,
      period,
    );
    return {
      opened: Number(opened?.count ?? 0),
      resolved: resolved.length,
      resolveSeconds: resolved.map(
        (row) => (asDate(row.resolved_at).getTime() - asDate(row.created_at).getTime()) / 1000,
      ),
    };
  }

  medianSeconds(values: number[]): number | null {
    const median = percentileFromHistogram(
      histogramOf(values.map((seconds) => seconds * 1000)),
      50,
    );
    return median === null ? null : Math.round(median / 1000);
  }

  /** Replies sent and labels corrected per person in the range. */
  async agents(scope: ReportScope): Promise<AgentRow[]> {
    const period = scope.range;
    const replies = await runSql<
      { user_id: string | null; name: string | null; count: number | string }[]
    >(
      this.dataSource.manager,
      `SELECT "r"."sent_by_id" AS "user_id", MAX("u"."display_name") AS "name", COUNT(*) AS "count"
       FROM "replies" "r" LEFT JOIN "users" "u" ON "u"."id" = "r"."sent_by_id"
       WHERE "r"."sent_at" >= :from AND "r"."sent_at" < :to GROUP BY "r"."sent_by_id"`,
      period,
    );
    const corrections = await runSql<
      { user_id: string | null; name: string | null; count: number | string }[]
    >(
      this.dataSource.manager,
      `SELECT "l"."corrected_by_id" AS "user_id", MAX("u"."display_name") AS "name", COUNT(*) AS "count"
       FROM "label_corrections" "l" LEFT JOIN "users" "u" ON "u"."id" = "l"."corrected_by_id"
       WHERE "l"."corrected_at" >= :from AND "l"."corrected_at" < :to GROUP BY "l"."corrected_by_id"`,
      period,
    );
    const byUser = new Map<string, AgentRow>();
    const rowFor = (userId: string | null, name: string | null): AgentRow => {
      const key = userId ?? '';
      const row = byUser.get(key) ?? {
        userId,
        name: name ?? 'Integrations and removed users',
        repliesSent: 0,
        labelCorrections: 0,
      };
      byUser.set(key, row);
      return row;
    };
    for (const row of replies) {
      rowFor(row.user_id, row.name).repliesSent += Number(row.count);
    }
    for (const row of corrections) {
      rowFor(row.user_id, row.name).labelCorrections += Number(row.count);
    }
    return [...byUser.values()].sort(
      (a, b) => b.repliesSent - a.repliesSent || a.name.localeCompare(b.name),
    );
  }

  /** How often triage was corrected, by field and corrected value. */
  async corrections(
    scope: ReportScope,
  ): Promise<{ field: string; label: string; count: number }[]> {
    const rows = await runSql<{ field: string; corrected: string; count: number | string }[]>(
      this.dataSource.manager,
      `SELECT "field", "corrected", COUNT(*) AS "count" FROM "label_corrections"
       WHERE "corrected_at" >= :from AND "corrected_at" < :to GROUP BY "field", "corrected" ORDER BY COUNT(*) DESC`,
      scope.range,
    );
    return rows.map((row) => ({
      field: row.field,
      label: row.corrected,
      count: Number(row.count),
    }));
  }

  /** Rising themes of the period against the previous one, with example comments. */
  async themes(scope: ReportScope, limit = 10): Promise<ThemeRow[]> {
    const [current, previous] = await Promise.all([
      this.themeSample(scope, scope.range),
      this.themeSample(scope, scope.range.previous),
    ]);
    const count = (sample: SampledComment[]) => {
      const counts = new Map<string, number>();
      for (const comment of sample) {
        for (const term of comment.terms) {
          counts.set(term, (counts.get(term) ?? 0) + 1);
        }
      }
      return counts;
    };
    const comparison = {
      current: count(current),
      currentTotal: current.length,
      previous: count(previous),
      previousTotal: previous.length,
    };
    // Rising themes first; the most talked-about ones fill the list, so a steady topic such as
    // parking still shows in a week when nothing rises.
    const rising = risingThemes(comparison, { limit });
    const seen = new Set(rising.map((theme) => theme.term));
    const steady = topThemes(comparison, { limit })
      .filter((theme) => !seen.has(theme.term))
      .map((theme) => {
        const previousCount = comparison.previous.get(theme.term) ?? 0;
        const previousShare = previous.length > 0 ? previousCount / previous.length : 0;
        return {
          term: theme.term,
          count: theme.count,
          previousCount,
          change:
            previousCount > 0 ? Math.round((theme.share / previousShare - 1) * 1000) / 10 : null,
        };
      });
    const themes = [...rising, ...steady].slice(0, limit);
    return themes.map((theme) => ({
      term: theme.term,
      count: theme.count,
      previousCount: theme.previousCount,
      change: theme.change,
      examples: current
        .filter((comment) => comment.terms.includes(theme.term))
        .slice(0, 3)
        .map((comment) => ({ commentId: comment.id, excerpt: comment.excerpt })),
    }));
  }

  async topPosts(scope: ReportScope, limit = 10): Promise<TopPostRow[]> {
    const rows = await runSql<
      {
        post_id: string;
        channel_id: string;
        comments: number | string;
        negative: number | string;
      }[]
    >(
      this.dataSource.manager,
      `SELECT "d"."post_id", MIN("d"."channel_id") AS "channel_id", SUM("d"."comments") AS "comments", SUM("d"."negative") AS "negative"
       FROM "report_post_daily" "d" WHERE "d"."day" >= :from AND "d"."day" < :to
       ${scope.channelIds ? 'AND "d"."channel_id" IN (:...channelIds)' : ''}
       ${scope.postId ? 'AND "d"."post_id" = :postId' : ''}
       GROUP BY "d"."post_id" ORDER BY SUM("d"."comments") DESC LIMIT ${Math.max(1, Math.min(limit, 50))}`,
      {
        from: dayStart(scope.range.from),
        to: scope.range.to,
        channelIds: scope.channelIds ?? [],
        postId: scope.postId,
      },
    );
    if (rows.length === 0) {
      return [];
    }
    const posts = await runSql<{ id: string; url: string | null; text: string | null }[]>(
      this.dataSource.manager,
      `SELECT "id", "url", "text" FROM "posts" WHERE "id" IN (:...ids)`,
      { ids: rows.map((row) => row.post_id) },
    );
    const byId = new Map(posts.map((post) => [post.id, post]));
    return rows
      .map((row) => {
        const post = byId.get(row.post_id);
        return {
          postId: row.post_id,
          channelId: row.channel_id,
          url: post?.url ?? null,
          excerpt: post?.text ? excerptOf(post.text, []) : null,
          comments: Number(row.comments),
          negative: Number(row.negative),
        };
      })
      .filter((row) => row.comments > 0);
  }

  private async themeSample(scope: ReportScope, period: DateRange): Promise<SampledComment[]> {
    const rows = await runSql<{ id: string; text: string; phi_spans: string | null }[]>(
      this.dataSource.manager,
      `SELECT "id", "text", "phi_spans" FROM "comments"
       WHERE "created_at" >= :from AND "created_at" < :to
       ${scope.channelIds ? 'AND "channel_id" IN (:...channelIds)' : ''}
       ${scope.postId ? 'AND "post_id" = :postId' : ''}
       ORDER BY "created_at" DESC LIMIT ${THEME_SAMPLE}`,
      {
        from: period.from,
        to: period.to,
        channelIds: scope.channelIds ?? [],
        postId: scope.postId,
      },
    );
    return rows.map((row) => {
      const spans = parseSpans(row.phi_spans);
      return {
        id: row.id,
        terms: extractTerms(row.text, { skip: spans }),
        excerpt: excerptOf(row.text, spans),
      };
    });
  }

  private truncate(granularity: Granularity, column: string): string {
    if (this.postgres) {
      return `date_trunc('${granularity}', ${column})`;
    }
    return granularity === 'hour'
      ? `substr(${column}, 1, 13) || ':00:00.000'`
      : `substr(${column}, 1, 10) || ' 00:00:00.000'`;
  }
}

interface SampledComment {
  id: string;
  terms: string[];
  excerpt: string;
}

function responseRow(
  urgency: Urgency | null,
  histogram: number[],
  minutes: SlaMinutes,
): ResponseTimeRow {
  const responded = histogram.reduce((sum, count) => sum + count, 0);
  const p50 = percentileFromHistogram(histogram, 50);
  const p90 = percentileFromHistogram(histogram, 90);
  const slaMinutes = urgency ? minutes[urgency] : null;
  return {
    urgency,
    responded,
    p50Seconds: p50 === null ? null : Math.round(p50 / 1000),
    p90Seconds: p90 === null ? null : Math.round(p90 / 1000),
    slaMinutes,
    slaCompliance: slaMinutes === null ? null : shareWithin(histogram, slaMinutes * 60_000),
  };
}

function dayStart(date: Date): Date {
  const day = new Date(date);
  day.setUTCHours(0, 0, 0, 0);
  return day;
}

function parseSpans(value: string | null): PhiSpan[] {
  if (!value) {
    return [];
  }
  try {
    const spans = JSON.parse(value) as PhiSpan[];
    return Array.isArray(spans) ? spans : [];
  } catch {
    return [];
  }
}

/** A short excerpt with PHI spans replaced, so a report never shows them. */
export function excerptOf(text: string, spans: readonly { start: number; end: number }[]): string {
  let masked = text;
  for (const span of [...spans].sort((a, b) => b.start - a.start)) {
    masked = `${masked.slice(0, span.start)}[…]${masked.slice(span.end)}`;
  }
  const flat = masked.replace(/\s+/g, ' ').trim();
  return flat.length > 140 ? `${flat.slice(0, 139)}…` : flat;
}
