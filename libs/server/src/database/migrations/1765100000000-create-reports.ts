import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';

import { rebuildReportRollups } from '../../reports/rebuild-rollups';
import { columnsFor } from '../migration-helpers';

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

/**
 * Report rollups kept up to date at ingest, on re-triage and on first response, so the Reports
 * page never scans all comments: hourly and daily counts per channel and label combination,
 * first-response time histograms, comments per post per day. Also spike alerts and the
 * managers' report settings. Existing comments are rolled up here once (rebuildReportRollups).
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
    await rebuildReportRollups(queryRunner);
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
