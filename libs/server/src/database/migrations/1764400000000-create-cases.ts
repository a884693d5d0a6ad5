import {
  type MigrationInterface,
  type QueryRunner,
  Table,
  type TableForeignKeyOptions,
} from 'typeorm';

import { columnsFor, inList, isPostgres } from '../migration-helpers';

// Frozen copies of the vocabularies as they were when this migration was written.
const URGENCIES = ['critical', 'high', 'normal', 'low'];
const CATEGORIES = [
  'patient_complaint',
  'nurse_line_question',
  'emergency_safety',
  'privacy_incident',
  'media_legal',
  'other',
];
const TEAMS = ['patient_relations', 'nursing', 'risk_compliance', 'communications'];
const STATUSES = ['open', 'in_progress', 'resolved', 'reopened'];
const EVENT_KINDS = [
  'opened',
  'comment_linked',
  'assigned',
  'team_changed',
  'category_changed',
  'priority_changed',
  'status_changed',
  'note_added',
];
const DEFAULT_MINUTES: Record<string, number | null> = {
  critical: 15,
  high: 60,
  normal: 1440,
  low: null,
};

function userReference(name: string, column: string): TableForeignKeyOptions {
  return {
    name,
    columnNames: [column],
    referencedTableName: 'users',
    referencedColumnNames: ['id'],
    onDelete: 'SET NULL',
  };
}

/**
 * SLA policies per urgency (seeded with the defaults), escalation cases with the comments they
 * link and their timeline, and each comment's first-response time.
 */
export class CreateCases1764400000000 implements MigrationInterface {
  name = 'CreateCases1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'sla_policies',
        columns: [
          { ...c.varchar('urgency', 8), isPrimary: true },
          c.nullableInteger('minutes'),
          // Null until a manager first changes the default.
          c.timestamp('updated_at', true),
          c.ref('updated_by_id', true),
        ],
        checks: [{ name: 'CHK_sla_policies_urgency', expression: inList('urgency', URGENCIES) }],
        foreignKeys: [userReference('FK_sla_policies_updated_by', 'updated_by_id')],
      }),
    );
    for (const urgency of URGENCIES) {
      await queryRunner.query(
        isPostgres(queryRunner)
          ? 'INSERT INTO "sla_policies" ("urgency", "minutes") VALUES ($1, $2)'
          : 'INSERT INTO "sla_policies" ("urgency", "minutes") VALUES (?, ?)',
        [urgency, DEFAULT_MINUTES[urgency]],
      );
    }

    await queryRunner.createTable(
      new Table({
        name: 'cases',
        columns: [
          c.id(),
          { name: 'number', type: 'integer' },
          c.varchar('title', 200),
          c.varchar('category', 24),
          c.varchar('priority', 8),
          c.varchar('team', 24),
          c.ref('assignee_id', true),
          c.varchar('status', 16),
          c.timestamp('due_at', true),
          c.timestamp('created_at'),
          c.ref('created_by_id', true),
          c.timestamp('resolved_at', true),
          c.text('resolution_note', true),
          c.timestamp('updated_at'),
        ],
        uniques: [{ name: 'UQ_cases_number', columnNames: ['number'] }],
        checks: [
          { name: 'CHK_cases_category', expression: inList('category', CATEGORIES) },
          { name: 'CHK_cases_priority', expression: inList('priority', URGENCIES) },
          { name: 'CHK_cases_team', expression: inList('team', TEAMS) },
          { name: 'CHK_cases_status', expression: inList('status', STATUSES) },
        ],
        indices: [
          { name: 'IDX_cases_status_number', columnNames: ['status', 'number'] },
          { name: 'IDX_cases_due', columnNames: ['due_at', 'number'] },
          { name: 'IDX_cases_assignee', columnNames: ['assignee_id', 'number'] },
        ],
        foreignKeys: [
          userReference('FK_cases_assignee', 'assignee_id'),
          userReference('FK_cases_created_by', 'created_by_id'),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'case_comments',
        columns: [
          { ...c.ref('case_id'), isPrimary: true },
          { ...c.ref('comment_id'), isPrimary: true },
          c.timestamp('added_at'),
          c.ref('added_by_id', true),
        ],
        indices: [{ name: 'IDX_case_comments_comment', columnNames: ['comment_id'] }],
        foreignKeys: [
          {
            name: 'FK_case_comments_case',
            columnNames: ['case_id'],
            referencedTableName: 'cases',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            name: 'FK_case_comments_comment',
            columnNames: ['comment_id'],
            referencedTableName: 'comments',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          userReference('FK_case_comments_added_by', 'added_by_id'),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'case_events',
        columns: [
          c.id(),
          c.ref('case_id'),
          c.timestamp('at'),
          // A user's or an API token's id, like the audit trail's actor: no foreign key.
          c.ref('actor_id', true),
          c.varchar('actor_name', 200, true),
          c.varchar('kind', 24),
          c.text('details', true),
        ],
        checks: [{ name: 'CHK_case_events_kind', expression: inList('kind', EVENT_KINDS) }],
        indices: [{ name: 'IDX_case_events_case', columnNames: ['case_id', 'at'] }],
        foreignKeys: [
          {
            name: 'FK_case_events_case',
            columnNames: ['case_id'],
            referencedTableName: 'cases',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );

    // A plain ADD COLUMN: TypeORM's addColumn rebuilds the whole table on SQLite, which would
    // copy every comment and drop the full-text triggers.
    await queryRunner.query(
      `ALTER TABLE "comments" ADD COLUMN "first_responded_at" ${
        isPostgres(queryRunner) ? 'timestamptz' : 'datetime'
      } NULL`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "comments" DROP COLUMN "first_responded_at"');
    await queryRunner.dropTable('case_events');
    await queryRunner.dropTable('case_comments');
    await queryRunner.dropTable('cases');
    await queryRunner.dropTable('sla_policies');
  }
}
