import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

import { columnsFor, inList } from '../migration-helpers';

// Frozen copies of the vocabularies as they were when this migration was written.
const CONNECTION_STATES = ['active', 'paused'];
const HEALTHS = ['pending', 'healthy', 'token_expired', 'rate_limited', 'failing'];
const INBOX_STATUSES = ['pending', 'done', 'failed'];
const OUTBOX_STATUSES = ['queued', 'posting', 'posted', 'failed'];

/**
 * Connected channels (encrypted credentials, polling cursor and health), the durable webhook
 * inbox, the platform version of every received item, and the reply outbox.
 */
export class CreateChannelSync1765000000000 implements MigrationInterface {
  name = 'CreateChannelSync1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'channel_connections',
        columns: [
          { ...c.ref('channel_id'), isPrimary: true },
          c.stringWithDefault('state', 16, 'active'),
          c.text('credentials'),
          c.text('settings'),
          c.varchar('base_url', 2048, true),
          c.integer('poll_interval_seconds', 60),
          c.stringWithDefault('health', 16, 'pending'),
          c.varchar('health_message', 500, true),
          c.timestamp('failing_since', true),
          c.integer('consecutive_failures', 0),
          c.text('poll_cursor', true),
          c.timestamp('next_poll_at', true),
          c.timestamp('poll_lease_until', true),
          c.timestamp('last_polled_at', true),
          c.timestamp('last_item_at', true),
          c.timestamp('last_webhook_at', true),
          c.integer('items_received', 0),
          c.timestamp('created_at'),
          c.timestamp('updated_at'),
        ],
        checks: [
          { name: 'CHK_channel_connections_state', expression: inList('state', CONNECTION_STATES) },
          { name: 'CHK_channel_connections_health', expression: inList('health', HEALTHS) },
        ],
        indices: [{ name: 'IDX_channel_connections_due', columnNames: ['state', 'next_poll_at'] }],
        foreignKeys: [
          {
            name: 'FK_channel_connections_channel',
            columnNames: ['channel_id'],
            referencedTableName: 'channels',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'webhook_inbox',
        columns: [
          c.id(),
          c.varchar('channel_kind', 16),
          c.varchar('delivery_key', 64),
          c.text('raw_body'),
          c.text('events'),
          c.stringWithDefault('status', 16, 'pending'),
          c.integer('attempts', 0),
          c.timestamp('next_attempt_at'),
          c.timestamp('received_at'),
          c.timestamp('processed_at', true),
          c.varchar('error', 500, true),
        ],
        uniques: [{ name: 'UQ_webhook_inbox_delivery', columnNames: ['delivery_key'] }],
        checks: [
          { name: 'CHK_webhook_inbox_status', expression: inList('status', INBOX_STATUSES) },
        ],
        indices: [
          { name: 'IDX_webhook_inbox_due', columnNames: ['status', 'next_attempt_at', 'id'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'channel_item_versions',
        columns: [
          { ...c.ref('channel_id'), isPrimary: true },
          { ...c.varchar('external_id', 2048), isPrimary: true },
          c.varchar('version', 200),
          c.boolean('deleted', false),
          c.timestamp('updated_at'),
        ],
        foreignKeys: [
          {
            name: 'FK_channel_item_versions_channel',
            columnNames: ['channel_id'],
            referencedTableName: 'channels',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'reply_outbox',
        columns: [
          c.id(),
          c.ref('reply_id'),
          c.ref('channel_id'),
          c.stringWithDefault('status', 16, 'queued'),
          c.integer('attempts', 0),
          c.timestamp('next_attempt_at'),
          c.timestamp('first_attempt_at', true),
          c.boolean('outcome_unknown', false),
          c.varchar('external_id', 2048, true),
          c.varchar('permalink', 2048, true),
          c.timestamp('posted_at', true),
          c.varchar('error_kind', 32, true),
          c.varchar('error_message', 500, true),
          c.timestamp('created_at'),
          c.timestamp('updated_at'),
        ],
        uniques: [{ name: 'UQ_reply_outbox_reply', columnNames: ['reply_id'] }],
        checks: [
          { name: 'CHK_reply_outbox_status', expression: inList('status', OUTBOX_STATUSES) },
        ],
        indices: [{ name: 'IDX_reply_outbox_due', columnNames: ['status', 'next_attempt_at'] }],
        foreignKeys: [
          {
            name: 'FK_reply_outbox_reply',
            columnNames: ['reply_id'],
            referencedTableName: 'replies',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            name: 'FK_reply_outbox_channel',
            columnNames: ['channel_id'],
            referencedTableName: 'channels',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('reply_outbox');
    await queryRunner.dropTable('channel_item_versions');
    await queryRunner.dropTable('webhook_inbox');
    await queryRunner.dropTable('channel_connections');
  }
}
