import { durationBucket } from '@bedside/reports';
import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';

import { columnsFor, isPostgres } from '../migration-helpers';

/** A timestamp as the driver returns it: a Date (PostgreSQL) or UTC text (SQLite). */
function asDate(value: string | Date): Date {
  return value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}Z`);
}

/** The cube every volume, sentiment, intent and urgency report sums over, per time bucket. */
function countsTable(queryRunner: QueryRunner, name: string, bucket: string): Table {
  const c = columnsFor(queryRunner);
  return new Table({
    name,
    columns: [
      { ...c.timestamp(bucket), isPrimary: true },
      { ...c.ref('channel_id'), isPrimary: true },
      { ...c.varchar('sentiment', 8), isPrimary: true },
      { ...c.integer('intent_flags'), isPrimary: true },
      { ...c.integer('urgency_rank'), isPrimary: true },
      c.integer('count', 0),
    ],
  });
}

/** SQL for the start of the hour / day of a timestamp column, in each dialect's storage. */
function truncate(queryRunner: QueryRunner, unit: 'hour' | 'day', column: string): string {
  if (isPostgres(queryRunner)) {
    return `date_trunc('${unit}', ${column})`;
  }
  // SQLite stores 'YYYY-MM-DD HH:MM:SS.SSS' text.
  return unit === 'hour'
    ? `substr(${column}, 1, 13) || ':00:00.000'`
    : `substr(${column}, 1, 10) || ' 00:00:00.000'`;
}

/**
 * Report rollups kept up to date at ingest, on re-triage and on first response, so the Reports
 * page never scans all comments: hourly and daily counts per channel and label combination,
 * first-response time histograms, comments per post per day. Also spike alerts and the
 * managers' report settings. Existing comments are rolled up here once.
 */
export class CreateReports1765100000000 implements MigrationInterface {
  name = 'CreateReports1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.createTable(countsTable(queryRunner, 'report_hourly_counts', 'hour'));
    await queryRunner.createTable(countsTable(queryRunner, 'report_daily_counts', 'day'));
    await queryRunner.createTable(
      new Table({
        name: 'report_response_daily',
        columns: [
          { ...c.timestamp('day'), isPrimary: true },
          { ...c.ref('channel_id'), isPrimary: true },
          { ...c.integer('urgency_rank'), isPrimary: true },
          { ...c.integer('bucket'), isPrimary: true },
          c.integer('count', 0),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'report_post_daily',
        columns: [
          { ...c.timestamp('day'), isPrimary: true },
          { ...c.ref('post_id'), isPrimary: true },
          c.ref('channel_id'),
          c.integer('comments', 0),
          c.integer('negative', 0),
        ],
        indices: [{ name: 'IDX_report_post_daily_channel', columnNames: ['channel_id', 'day'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'report_spikes',
        columns: [
          c.id(),
          c.varchar('kind', 16),
          c.ref('channel_id', true),
          c.timestamp('window_start'),
          c.timestamp('window_end'),
          c.integer('count', 0),
          c.real('expected'),
          c.real('ratio'),
          c.varchar('reason', 500),
          c.timestamp('raised_at'),
          c.timestamp('acknowledged_at', true),
          c.ref('acknowledged_by_id', true),
        ],
        uniques: [
          {
            name: 'UQ_report_spikes_window',
            columnNames: ['kind', 'channel_id', 'window_start'],
          },
        ],
        indices: [{ name: 'IDX_report_spikes_raised', columnNames: ['raised_at'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'report_settings',
        columns: [
          { ...c.varchar('id', 16), isPrimary: true },
          c.text('spike'),
          c.timestamp('updated_at'),
        ],
      }),
    );
    await queryRunner.createIndex(
      'replies',
      new TableIndex({ name: 'IDX_replies_sent', columnNames: ['sent_at'] }),
    );
    await queryRunner.createIndex(
      'cases',
      new TableIndex({ name: 'IDX_cases_created', columnNames: ['created_at'] }),
    );
    await queryRunner.createIndex(
      'cases',
      new TableIndex({ name: 'IDX_cases_resolved', columnNames: ['resolved_at'] }),
    );
    await this.backfill(queryRunner);
  }

  private async backfill(queryRunner: QueryRunner): Promise<void> {
    for (const [table, unit, column] of [
      ['report_hourly_counts', 'hour', 'hour'],
      ['report_daily_counts', 'day', 'day'],
    ] as const) {
      const bucket = truncate(queryRunner, unit, '"created_at"');
      await queryRunner.query(
        `INSERT INTO "${table}" ("${column}", "channel_id", "sentiment", "intent_flags", "urgency_rank", "count")
         SELECT ${bucket}, "channel_id", COALESCE("sentiment", ''), "intent_flags", "urgency_rank", COUNT(*)
         FROM "comments" GROUP BY ${bucket}, "channel_id", COALESCE("sentiment", ''), "intent_flags", "urgency_rank"`,
      );
    }
    const day = truncate(queryRunner, 'day', '"created_at"');
    await queryRunner.query(
      `INSERT INTO "report_post_daily" ("day", "post_id", "channel_id", "comments", "negative")
       SELECT ${day}, "post_id", MIN("channel_id"), COUNT(*), SUM(CASE WHEN "sentiment" = 'negative' THEN 1 ELSE 0 END)
       FROM "comments" WHERE "post_id" IS NOT NULL GROUP BY ${day}, "post_id"`,
    );
    await this.backfillResponses(queryRunner);
  }

  /** First responses already given, bucketed with the histogram the server uses. */
  private async backfillResponses(queryRunner: QueryRunner): Promise<void> {
    const postgres = isPostgres(queryRunner);
    const rows = (await queryRunner.query(
      `SELECT "channel_id", "received_at", "urgency_rank", "first_responded_at" FROM "comments" WHERE "first_responded_at" IS NOT NULL`,
    )) as {
      channel_id: string;
      received_at: string | Date;
      urgency_rank: number;
      first_responded_at: string | Date;
    }[];
    const cells = new Map<
      string,
      { day: string; channelId: string; urgencyRank: number; bucket: number; count: number }
    >();
    for (const row of rows) {
      const received = asDate(row.received_at);
      const bucket = durationBucket(asDate(row.first_responded_at).getTime() - received.getTime());
      const day = `${received.toISOString().slice(0, 10)} 00:00:00.000`;
      const key = [day, row.channel_id, row.urgency_rank, bucket].join('\u0000');
      const cell = cells.get(key) ?? {
        day,
        channelId: row.channel_id,
        urgencyRank: row.urgency_rank,
        bucket,
        count: 0,
      };
      cell.count += 1;
      cells.set(key, cell);
    }
    for (const cell of cells.values()) {
      await queryRunner.query(
        postgres
          ? `INSERT INTO "report_response_daily" ("day", "channel_id", "urgency_rank", "bucket", "count") VALUES ($1, $2, $3, $4, $5)`
          : `INSERT INTO "report_response_daily" ("day", "channel_id", "urgency_rank", "bucket", "count") VALUES (?, ?, ?, ?, ?)`,
        [
          postgres ? `${cell.day}Z` : cell.day,
          cell.channelId,
          cell.urgencyRank,
          cell.bucket,
          cell.count,
        ],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('cases', 'IDX_cases_resolved');
    await queryRunner.dropIndex('cases', 'IDX_cases_created');
    await queryRunner.dropIndex('replies', 'IDX_replies_sent');
    for (const table of [
      'report_settings',
      'report_spikes',
      'report_post_daily',
      'report_response_daily',
      'report_daily_counts',
      'report_hourly_counts',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
