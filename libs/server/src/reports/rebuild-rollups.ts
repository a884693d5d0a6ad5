import { durationBucket } from '@bedside/reports';
import { type QueryRunner } from 'typeorm';

import { isPostgres } from '../database/migration-helpers';

/** The tables the rollups live in (created by the reports migration). */
export const ROLLUP_TABLES = [
  'report_hourly_counts',
  'report_daily_counts',
  'report_post_daily',
  'report_response_daily',
] as const;

/** A timestamp as the driver returns it: a Date (PostgreSQL) or UTC text (SQLite). */
function asDate(value: string | Date): Date {
  return value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}Z`);
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
 * Recomputes every report rollup from the comments themselves (call it inside a transaction): what the
 * reports migration does once, and what `bedside reports rebuild` does after comments were
 * loaded behind the server's back (a bulk SQL load, a restore). Scans every comment: not for
 * the request path.
 */
export async function rebuildReportRollups(queryRunner: QueryRunner): Promise<void> {
  for (const table of ROLLUP_TABLES) {
    await queryRunner.query(`DELETE FROM "${table}"`);
  }
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
  await backfillResponses(queryRunner);
}

/** First responses already given, bucketed with the histogram the server uses. */
async function backfillResponses(queryRunner: QueryRunner): Promise<void> {
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
