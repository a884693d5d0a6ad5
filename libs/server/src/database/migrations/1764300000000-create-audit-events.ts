import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

import { columnsFor } from '../migration-helpers';

/** The append-only, hash-chained audit trail. */
export class CreateAuditEvents1764300000000 implements MigrationInterface {
  name = 'CreateAuditEvents1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'audit_events',
        columns: [
          c.id(),
          { name: 'seq', type: 'integer' },
          c.timestamp('at'),
          c.varchar('actor_kind', 8),
          c.ref('actor_id', true),
          c.varchar('actor_name', 200, true),
          c.varchar('action', 64),
          c.varchar('target_type', 32, true),
          c.varchar('target_id', 64, true),
          c.text('details', true),
          c.varchar('prev_hash', 64),
          c.varchar('hash', 64),
        ],
        uniques: [{ name: 'UQ_audit_events_seq', columnNames: ['seq'] }],
        indices: [
          { name: 'IDX_audit_events_target', columnNames: ['target_type', 'target_id'] },
          { name: 'IDX_audit_events_at', columnNames: ['at'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_events');
  }
}
