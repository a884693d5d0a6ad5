import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

import { columnsFor, inList } from '../migration-helpers';

const FIELDS = ['sentiment', 'intents', 'urgency'];

/** Triage labels corrected by the team, with who and when: training data for the next model. */
export class CreateLabelCorrections1764200000000 implements MigrationInterface {
  name = 'CreateLabelCorrections1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'label_corrections',
        columns: [
          c.id(),
          c.ref('comment_id'),
          c.integer('comment_revision', 1),
          c.varchar('field', 16),
          c.text('previous', true),
          c.text('corrected'),
          c.varchar('model_version', 64, true),
          c.ref('corrected_by_id', true),
          c.timestamp('corrected_at'),
        ],
        checks: [{ name: 'CHK_label_corrections_field', expression: inList('field', FIELDS) }],
        indices: [
          { name: 'IDX_label_corrections_comment', columnNames: ['comment_id', 'corrected_at'] },
          { name: 'IDX_label_corrections_at', columnNames: ['corrected_at'] },
        ],
        foreignKeys: [
          {
            name: 'FK_label_corrections_comment',
            columnNames: ['comment_id'],
            referencedTableName: 'comments',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            name: 'FK_label_corrections_user',
            columnNames: ['corrected_by_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('label_corrections');
  }
}
