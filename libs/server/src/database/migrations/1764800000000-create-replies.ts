import {
  type MigrationInterface,
  type QueryRunner,
  Table,
  type TableForeignKeyOptions,
} from 'typeorm';

import { columnsFor, inList } from '../migration-helpers';

const userReference = (name: string, column: string): TableForeignKeyOptions => ({
  name,
  columnNames: [column],
  referencedTableName: 'users',
  referencedColumnNames: ['id'],
  onDelete: 'SET NULL',
});

const REPLY_STATUSES = ['draft', 'pending_approval', 'approved', 'rejected', 'sent'];
const REPLY_SOURCES = ['template', 'ai', 'human'];
const REPLY_DELIVERIES = ['platform', 'manual'];
const TEMPLATE_SITUATIONS = [
  'praise',
  'complaint',
  'medical_advice_request',
  'emergency',
  'self_harm',
  'poisoning',
  'service_question',
  'misinformation',
  'spam_abuse',
  'general',
];

/** Organisation settings, the team's reply templates, and replies with their approval workflow. */
export class CreateReplies1764800000000 implements MigrationInterface {
  name = 'CreateReplies1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'organisation_settings',
        columns: [
          // One row, id 'default': a table rather than a file so every server instance agrees.
          { ...c.varchar('id', 16), isPrimary: true },
          c.text('settings'),
          c.text('ai_drafting'),
          c.timestamp('updated_at'),
          c.ref('updated_by_id', true),
        ],
        foreignKeys: [userReference('FK_organisation_settings_updated_by', 'updated_by_id')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'reply_templates',
        columns: [
          c.id(),
          c.varchar('key', 100),
          c.varchar('name', 200),
          c.varchar('situation', 32),
          c.text('body'),
          c.text('short_body', true),
          c.boolean('enabled', true),
          c.ref('updated_by_id', true),
          c.timestamp('created_at'),
          c.timestamp('updated_at'),
        ],
        uniques: [{ name: 'UQ_reply_templates_key', columnNames: ['key'] }],
        checks: [
          {
            name: 'CHK_reply_templates_situation',
            expression: inList('situation', TEMPLATE_SITUATIONS),
          },
        ],
        foreignKeys: [userReference('FK_reply_templates_updated_by', 'updated_by_id')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'replies',
        columns: [
          c.id(),
          c.ref('comment_id'),
          c.text('body'),
          c.varchar('status', 24),
          c.varchar('source', 16),
          c.varchar('template_key', 100, true),
          c.text('violations'),
          c.varchar('rules_version', 32),
          c.ref('author_id', true),
          c.varchar('author_name', 200),
          c.timestamp('submitted_at', true),
          c.ref('reviewer_id', true),
          c.varchar('reviewer_name', 200, true),
          c.timestamp('reviewed_at', true),
          c.text('review_note', true),
          c.boolean('warnings_acknowledged', false),
          c.timestamp('sent_at', true),
          c.ref('sent_by_id', true),
          c.varchar('delivery', 16, true),
          c.varchar('external_id', 2048, true),
          c.integer('revision', 1),
          c.timestamp('created_at'),
          c.timestamp('updated_at'),
        ],
        checks: [
          { name: 'CHK_replies_status', expression: inList('status', REPLY_STATUSES) },
          { name: 'CHK_replies_source', expression: inList('source', REPLY_SOURCES) },
          {
            name: 'CHK_replies_delivery',
            expression: `"delivery" IS NULL OR ${inList('delivery', REPLY_DELIVERIES)}`,
          },
        ],
        indices: [
          { name: 'IDX_replies_comment', columnNames: ['comment_id', 'created_at'] },
          { name: 'IDX_replies_status', columnNames: ['status', 'submitted_at'] },
        ],
        foreignKeys: [
          {
            name: 'FK_replies_comment',
            columnNames: ['comment_id'],
            referencedTableName: 'comments',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          userReference('FK_replies_author', 'author_id'),
          userReference('FK_replies_reviewer', 'reviewer_id'),
          userReference('FK_replies_sent_by', 'sent_by_id'),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('replies');
    await queryRunner.dropTable('reply_templates');
    await queryRunner.dropTable('organisation_settings');
  }
}
