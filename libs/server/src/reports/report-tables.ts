import { type CsvColumn, toCsv } from '@bedside/reports';
import { Injectable } from '@nestjs/common';

import { type ReportScope, ReportsService } from './reports.service';
import { SpikeWatch } from './spike-watch.service';

/** Every measure of the Reports page as a table: what CSV exports and the zip are made of. */
export const REPORT_TABLES = [
  'volume',
  'sentiment',
  'intents',
  'urgency',
  'response-times',
  'agents',
  'corrections',
  'themes',
  'top-posts',
  'spikes',
] as const;
export type ReportTableName = (typeof REPORT_TABLES)[number];

export function isReportTable(value: string): value is ReportTableName {
  return (REPORT_TABLES as readonly string[]).includes(value);
}

interface Table {
  columns: CsvColumn<Record<string, unknown>>[];
  rows: Record<string, unknown>[];
}

function columns(...keys: [key: string, label: string][]): CsvColumn<Record<string, unknown>>[] {
  return keys.map(([key, label]) => ({ key, label }));
}

/**
 * The tables behind each chart, with plain column labels; the same numbers as the page, because
 * they come from the same service calls. Comment text appears only as PHI-masked theme excerpts.
 */
@Injectable()
export class ReportTables {
  constructor(
    private readonly reports: ReportsService,
    private readonly spikes: SpikeWatch,
  ) {}

  async csv(name: ReportTableName, scope: ReportScope): Promise<string> {
    const table = await this.table(name, scope);
    return toCsv(table.columns, table.rows, { bom: true });
  }

  async table(name: ReportTableName, scope: ReportScope): Promise<Table> {
    switch (name) {
      case 'volume': {
        const cube = await this.reports.cube(scope, scope.range);
        return {
          columns: columns(
            ['bucket', 'Bucket start (UTC)'],
            ['channelId', 'Channel'],
            ['count', 'Comments'],
          ),
          rows: this.reports.volume(scope, cube),
        };
      }
      case 'sentiment': {
        const cube = await this.reports.cube(scope, scope.range);
        return {
          columns: columns(
            ['bucket', 'Bucket start (UTC)'],
            ['negative', 'Negative'],
            ['neutral', 'Neutral'],
            ['positive', 'Positive'],
          ),
          rows: this.reports.sentimentSeries(scope, cube),
        };
      }
      case 'intents':
      case 'urgency': {
        const [current, previous] = await Promise.all([
          this.reports.cube(scope, scope.range),
          this.reports.cube(scope, scope.range.previous),
        ]);
        const rows =
          name === 'intents'
            ? this.reports.intents(current, previous)
            : this.reports.urgencies(current, previous);
        return {
          columns: columns(
            ['label', name === 'intents' ? 'Intent' : 'Urgency'],
            ['count', 'Comments'],
            ['previous', 'Previous period'],
          ),
          rows: rows.map((row) => ({ ...row })),
        };
      }
      case 'response-times':
        return {
          columns: columns(
            ['urgency', 'Urgency'],
            ['responded', 'First responses'],
            ['p50Seconds', 'Median (s)'],
            ['p90Seconds', 'p90 (s)'],
            ['slaMinutes', 'SLA target (min)'],
            ['slaCompliance', 'Within SLA (share)'],
          ),
          rows: (await this.reports.responseTimes(scope)).map((row) => ({
            ...row,
            urgency: row.urgency ?? 'all',
          })),
        };
      case 'agents':
        return {
          columns: columns(
            ['name', 'Person'],
            ['repliesSent', 'Replies sent'],
            ['labelCorrections', 'Label corrections'],
          ),
          rows: (await this.reports.agents(scope)).map((row) => ({ ...row })),
        };
      case 'corrections':
        return {
          columns: columns(['field', 'Field'], ['label', 'Corrected to'], ['count', 'Corrections']),
          rows: (await this.reports.corrections(scope)).map((row) => ({ ...row })),
        };
      case 'themes':
        return {
          columns: columns(
            ['term', 'Theme'],
            ['count', 'Comments'],
            ['previousCount', 'Previous period'],
            ['change', 'Change (%)'],
            ['example', 'Example (PHI masked)'],
          ),
          rows: (await this.reports.themes(scope)).map((theme) => ({
            ...theme,
            example: theme.examples[0]?.excerpt ?? '',
          })),
        };
      case 'top-posts':
        return {
          columns: columns(
            ['postId', 'Post'],
            ['url', 'URL'],
            ['excerpt', 'Post text'],
            ['comments', 'Comments'],
            ['negative', 'Negative'],
          ),
          rows: (await this.reports.topPosts(scope)).map((row) => ({ ...row })),
        };
      case 'spikes':
        return {
          columns: columns(
            ['raisedAt', 'Raised (UTC)'],
            ['kind', 'Kind'],
            ['channelId', 'Channel'],
            ['count', 'Count'],
            ['expected', 'Usual'],
            ['reason', 'Why'],
          ),
          rows: (await this.spikes.inRange(scope.range.from, scope.range.to)).map((spike) => ({
            ...spike,
            raisedAt: spike.raisedAt.toISOString(),
          })),
        };
    }
  }
}
