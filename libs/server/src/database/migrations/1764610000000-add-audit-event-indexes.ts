import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';

/**
 * The audit page filters by action and by actor, newest first; on a trail of millions of events
 * these indexes keep a rare action or a quiet teammate from scanning it all.
 */
export class AddAuditEventIndexes1764610000000 implements MigrationInterface {
  name = 'AddAuditEventIndexes1764610000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndices('audit_events', [
      new TableIndex({ name: 'IDX_audit_events_action', columnNames: ['action', 'seq'] }),
      new TableIndex({ name: 'IDX_audit_events_actor', columnNames: ['actor_id', 'seq'] }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('audit_events', 'IDX_audit_events_actor');
    await queryRunner.dropIndex('audit_events', 'IDX_audit_events_action');
  }
}
