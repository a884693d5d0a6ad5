import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

import { columnsFor, inList } from '../migration-helpers';

const KINDS = ['emergency', 'self_harm'];
const TRANSPORTS = ['webhook', 'email'];
const STATUSES = ['pending', 'sent', 'failed'];

/**
 * Critical alerts and their outbound deliveries: an outbox written in the transaction that stores
 * the comment, so a crash between storing and notifying loses nothing.
 */
export class CreateAlerts1764500000000 implements MigrationInterface {
  name = 'CreateAlerts1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'alerts',
        columns: [
          c.id(),
          c.ref('comment_id'),
          c.varchar('kind', 16),
          c.timestamp('raised_at'),
          c.timestamp('acknowledged_at', true),
          c.ref('acknowledged_by_id', true),
          c.varchar('acknowledged_by_name', 200, true),
        ],
        checks: [{ name: 'CHK_alerts_kind', expression: inList('kind', KINDS) }],
        uniques: [{ name: 'UQ_alerts_comment', columnNames: ['comment_id'] }],
        indices: [
          { name: 'IDX_alerts_open', columnNames: ['acknowledged_at', 'raised_at', 'id'] },
        ],
        foreignKeys: [
          {
            name: 'FK_alerts_comment',
            columnNames: ['comment_id'],
            referencedTableName: 'comments',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            name: 'FK_alerts_acknowledged_by',
            columnNames: ['acknowledged_by_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'alert_deliveries',
        columns: [
          c.id(),
          c.ref('alert_id'),
          c.varchar('transport', 16),
          c.stringWithDefault('status', 16, 'pending'),
          c.integer('attempts', 0),
          c.timestamp('next_attempt_at'),
          c.varchar('last_error', 200, true),
          c.timestamp('sent_at', true),
        ],
        checks: [
          { name: 'CHK_alert_deliveries_transport', expression: inList('transport', TRANSPORTS) },
          { name: 'CHK_alert_deliveries_status', expression: inList('status', STATUSES) },
        ],
        uniques: [
          { name: 'UQ_alert_deliveries_alert_transport', columnNames: ['alert_id', 'transport'] },
        ],
        indices: [
          { name: 'IDX_alert_deliveries_due', columnNames: ['status', 'next_attempt_at'] },
        ],
        foreignKeys: [
          {
            name: 'FK_alert_deliveries_alert',
            columnNames: ['alert_id'],
            referencedTableName: 'alerts',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('alert_deliveries');
    await queryRunner.dropTable('alerts');
  }
}
