import {
  type MigrationInterface,
  type QueryRunner,
  Table,
  type TableForeignKeyOptions,
} from 'typeorm';

import { newId } from '../../common/ids';
import { columnsFor, inList, isPostgres } from '../migration-helpers';

// Frozen copies of the vocabularies as they were when this migration was written.
const CONDITIONS = [
  'intent',
  'untrusted_link',
  'banned_word',
  'suspect_word',
  'blocked_author',
  'watched_author',
];
const ACTIONS = ['hide', 'hold', 'assign_team'];
const REASON_CODES = [
  'spam_scam',
  'profanity_hate',
  'harassment_threats',
  'private_information',
  'impersonation',
  'commercial_promotion',
  'illegal_content',
];
const TEAMS = ['patient_relations', 'nursing', 'risk_compliance', 'communications'];
const COMMENT_STATUSES = ['new', 'in_progress', 'replied', 'escalated', 'closed', 'hidden'];
const ACTION_STATES = ['applied', 'confirmed', 'undone'];
const PLATFORM_OUTCOMES = ['not_applicable', 'no_connector', 'pending', 'done', 'failed'];
const LIST_KINDS = ['banned_word', 'suspect_word', 'trusted_domain'];
const AUTHOR_FLAGS = ['none', 'watch', 'block'];

const nullableIn = (column: string, values: readonly string[]): string =>
  `"${column}" IS NULL OR ${inList(column, values)}`;

const userReference = (name: string, column: string): TableForeignKeyOptions => ({
  name,
  columnNames: [column],
  referencedTableName: 'users',
  referencedColumnNames: ['id'],
  onDelete: 'SET NULL',
});

/** Written with `authorKeyOf` of libs/domain as it was then; see `backfillAuthorKeys`. */
const PLACEHOLDER_NAMES = new Set([
  'anonymous',
  'anon',
  'guest',
  'unknown',
  'user',
  'a google user',
  'google user',
  'facebook user',
  'instagram user',
  'deleted',
  'deleted user',
  'private',
  'n a',
  'na',
  'none',
]);

function frozenAuthorKey(name: string | null, handle: string | null): string | null {
  const words =
    (name ?? '')
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const joined = words.join(' ');
  const usableName = joined.length >= 2 && !PLACEHOLDER_NAMES.has(joined);
  const cleanHandle = (handle ?? '').normalize('NFKC').trim().replace(/^@+/, '').toLowerCase();
  let key: string | null = null;
  if (usableName && words.length >= 2) {
    key = `name:${joined}`;
  } else if (cleanHandle !== '') {
    key = `handle:${cleanHandle}`;
  } else if (usableName) {
    key = `name:${joined}`;
  }
  return key === null ? null : key.slice(0, 200);
}

/**
 * Moderation rules, the managers' word and domain lists, every moderation action (automatic or
 * not, with what it replaced so it can be undone), and author profiles (a flag and the team's
 * notes, keyed by the author key now stored on each comment).
 */
export class CreateModeration1764900000000 implements MigrationInterface {
  name = 'CreateModeration1764900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'moderation_rules',
        columns: [
          c.id(),
          c.varchar('name', 200),
          c.boolean('enabled', true),
          c.varchar('condition', 24),
          c.text('intents'),
          c.real('min_confidence'),
          c.varchar('action', 16),
          c.varchar('team', 24, true),
          c.varchar('reason_code', 32, true),
          c.integer('position'),
          c.timestamp('created_at'),
          c.ref('created_by_id', true),
          c.timestamp('updated_at'),
          c.ref('updated_by_id', true),
          c.varchar('updated_by_name', 200, true),
        ],
        checks: [
          { name: 'CHK_moderation_rules_condition', expression: inList('condition', CONDITIONS) },
          { name: 'CHK_moderation_rules_action', expression: inList('action', ACTIONS) },
          { name: 'CHK_moderation_rules_team', expression: nullableIn('team', TEAMS) },
          {
            name: 'CHK_moderation_rules_reason_code',
            expression: nullableIn('reason_code', REASON_CODES),
          },
        ],
        foreignKeys: [
          userReference('FK_moderation_rules_created_by', 'created_by_id'),
          userReference('FK_moderation_rules_updated_by', 'updated_by_id'),
        ],
      }),
    );
    await this.seedBlockedAuthorsRule(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'moderation_lists',
        columns: [
          { ...c.varchar('kind', 16), isPrimary: true },
          c.text('entries'),
          c.timestamp('updated_at'),
          c.ref('updated_by_id', true),
          c.varchar('updated_by_name', 200, true),
        ],
        checks: [{ name: 'CHK_moderation_lists_kind', expression: inList('kind', LIST_KINDS) }],
        foreignKeys: [userReference('FK_moderation_lists_updated_by', 'updated_by_id')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'moderation_actions',
        columns: [
          c.id(),
          c.ref('comment_id'),
          c.varchar('kind', 16),
          c.boolean('automatic', false),
          c.ref('rule_id', true),
          c.varchar('rule_name', 200, true),
          c.varchar('condition', 24, true),
          c.varchar('reason_code', 32, true),
          c.varchar('explanation', 500, true),
          c.varchar('team', 24, true),
          c.ref('case_id', true),
          c.varchar('previous_status', 16),
          c.integer('revision'),
          c.varchar('state', 16),
          c.varchar('platform', 16),
          c.timestamp('applied_at'),
          c.ref('applied_by_id', true),
          c.varchar('applied_by_name', 200, true),
          c.timestamp('decided_at', true),
          c.ref('decided_by_id', true),
          c.varchar('decided_by_name', 200, true),
        ],
        checks: [
          { name: 'CHK_moderation_actions_kind', expression: inList('kind', ACTIONS) },
          {
            name: 'CHK_moderation_actions_condition',
            expression: nullableIn('condition', CONDITIONS),
          },
          {
            name: 'CHK_moderation_actions_reason_code',
            expression: nullableIn('reason_code', REASON_CODES),
          },
          { name: 'CHK_moderation_actions_team', expression: nullableIn('team', TEAMS) },
          {
            name: 'CHK_moderation_actions_previous_status',
            expression: inList('previous_status', COMMENT_STATUSES),
          },
          { name: 'CHK_moderation_actions_state', expression: inList('state', ACTION_STATES) },
          {
            name: 'CHK_moderation_actions_platform',
            expression: inList('platform', PLATFORM_OUTCOMES),
          },
        ],
        indices: [
          { name: 'IDX_moderation_actions_comment', columnNames: ['comment_id', 'applied_at'] },
          { name: 'IDX_moderation_actions_applied', columnNames: ['applied_at', 'id'] },
          {
            name: 'IDX_moderation_actions_automatic',
            columnNames: ['automatic', 'applied_at', 'id'],
          },
        ],
        foreignKeys: [
          {
            name: 'FK_moderation_actions_comment',
            columnNames: ['comment_id'],
            referencedTableName: 'comments',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            name: 'FK_moderation_actions_rule',
            columnNames: ['rule_id'],
            referencedTableName: 'moderation_rules',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          },
          {
            name: 'FK_moderation_actions_case',
            columnNames: ['case_id'],
            referencedTableName: 'cases',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          },
          userReference('FK_moderation_actions_applied_by', 'applied_by_id'),
          userReference('FK_moderation_actions_decided_by', 'decided_by_id'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'author_profiles',
        columns: [
          c.id(),
          c.varchar('author_key', 200),
          c.stringWithDefault('flag', 8, 'none'),
          c.timestamp('flag_changed_at', true),
          c.ref('flag_changed_by_id', true),
          c.varchar('flag_changed_by_name', 200, true),
          c.timestamp('created_at'),
        ],
        uniques: [{ name: 'UQ_author_profiles_key', columnNames: ['author_key'] }],
        checks: [{ name: 'CHK_author_profiles_flag', expression: inList('flag', AUTHOR_FLAGS) }],
        indices: [{ name: 'IDX_author_profiles_flag', columnNames: ['flag'] }],
        foreignKeys: [userReference('FK_author_profiles_flag_changed_by', 'flag_changed_by_id')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'author_notes',
        columns: [
          c.id(),
          c.ref('profile_id'),
          c.ref('written_by_id', true),
          c.varchar('written_by_name', 200),
          c.text('body'),
          c.timestamp('created_at'),
        ],
        indices: [{ name: 'IDX_author_notes_profile', columnNames: ['profile_id', 'created_at'] }],
        foreignKeys: [
          {
            name: 'FK_author_notes_profile',
            columnNames: ['profile_id'],
            referencedTableName: 'author_profiles',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          userReference('FK_author_notes_written_by', 'written_by_id'),
        ],
      }),
    );
    // A plain ADD COLUMN: TypeORM's addColumn rebuilds SQLite tables, which would drop the
    // comments' full-text triggers.
    await queryRunner.query(`ALTER TABLE "comments" ADD COLUMN "author_key" varchar(200)`);
    await this.backfillAuthorKeys(queryRunner);
    await queryRunner.query(
      `CREATE INDEX "IDX_comments_author_created" ON "comments" ("author_key", "created_at", "id")`,
    );
  }

  /**
   * "Block" on an author panel means "hide what they write next": this rule makes it so from
   * the start, and a manager can disable it like any other.
   */
  private async seedBlockedAuthorsRule(queryRunner: QueryRunner): Promise<void> {
    const postgres = isPostgres(queryRunner);
    const now = new Date();
    const at = postgres ? now : now.toISOString().replace('T', ' ').replace('Z', '');
    const placeholders = postgres
      ? '$1, $2, $3, $4, $5, $6, $7, $8, $9, $10'
      : '?, ?, ?, ?, ?, ?, ?, ?, ?, ?';
    await queryRunner.query(
      `INSERT INTO "moderation_rules" ("id", "name", "enabled", "condition", "intents", "action", "reason_code", "position", "created_at", "updated_at") VALUES (${placeholders})`,
      [
        newId(),
        'Blocked authors',
        postgres ? true : 1,
        'blocked_author',
        '[]',
        'hide',
        'harassment_threats',
        1,
        at,
        at,
      ],
    );
  }

  /**
   * Keys the comments stored before this migration, a page at a time by id so a large inbox
   * never sits in memory at once.
   */
  private async backfillAuthorKeys(queryRunner: QueryRunner): Promise<void> {
    const postgres = isPostgres(queryRunner);
    const update = postgres
      ? 'UPDATE "comments" SET "author_key" = $1 WHERE "id" = $2'
      : 'UPDATE "comments" SET "author_key" = ? WHERE "id" = ?';
    const page = postgres
      ? 'SELECT "id", "author_name", "author_handle" FROM "comments" WHERE "id" > $1 ORDER BY "id" LIMIT 1000'
      : 'SELECT "id", "author_name", "author_handle" FROM "comments" WHERE "id" > ? ORDER BY "id" LIMIT 1000';
    let after = '';
    for (;;) {
      const rows = (await queryRunner.query(page, [after])) as {
        id: string;
        author_name: string | null;
        author_handle: string | null;
      }[];
      for (const row of rows) {
        const key = frozenAuthorKey(row.author_name, row.author_handle);
        if (key !== null) {
          await queryRunner.query(update, [key, row.id]);
        }
      }
      if (rows.length < 1000) {
        return;
      }
      after = rows[rows.length - 1].id;
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_comments_author_created"`);
    await queryRunner.query(`ALTER TABLE "comments" DROP COLUMN "author_key"`);
    await queryRunner.dropTable('author_notes');
    await queryRunner.dropTable('author_profiles');
    await queryRunner.dropTable('moderation_actions');
    await queryRunner.dropTable('moderation_lists');
    await queryRunner.dropTable('moderation_rules');
  }
}
