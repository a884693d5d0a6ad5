import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

import { columnsFor, inList, isPostgres } from '../migration-helpers';
import { POSTGRES_SEARCH_VECTOR } from '../search-expressions';

// Frozen copies of the vocabulary as it was when this migration was written: a later change to
// libs/domain needs its own migration, not a silent edit of this one.
const CHANNEL_KINDS = ['facebook', 'instagram', 'x', 'youtube', 'google_review', 'blog', 'import'];
const STATUSES = ['new', 'in_progress', 'replied', 'escalated', 'closed', 'hidden'];
const SENTIMENTS = ['negative', 'neutral', 'positive'];
const URGENCIES = ['critical', 'high', 'normal', 'low'];

/** Channels, posts, comments with their revisions and facet counts, and full-text search. */
export class CreateCore1763900000000 implements MigrationInterface {
  name = 'CreateCore1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'channels',
        columns: [
          c.id(),
          c.varchar('kind', 16),
          c.varchar('display_name', 200),
          c.varchar('external_account_id', 255, true),
          c.boolean('is_sample', false),
          c.timestamp('created_at'),
        ],
        checks: [{ name: 'CHK_channels_kind', expression: inList('kind', CHANNEL_KINDS) }],
        indices: [{ name: 'IDX_channels_kind', columnNames: ['kind', 'created_at'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'posts',
        columns: [
          c.id(),
          c.ref('channel_id'),
          c.varchar('external_id', 2048),
          c.varchar('url', 2048, true),
          c.text('text', true),
          c.timestamp('published_at', true),
          c.timestamp('created_at'),
        ],
        uniques: [
          { name: 'UQ_posts_channel_external', columnNames: ['channel_id', 'external_id'] },
        ],
        foreignKeys: [
          {
            name: 'FK_posts_channel',
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
        name: 'comments',
        columns: [
          c.id(),
          c.ref('channel_id'),
          c.varchar('external_id', 2048),
          c.ref('post_id', true),
          c.ref('parent_id', true),
          c.varchar('parent_external_id', 2048, true),
          c.varchar('author_name', 2048, true),
          c.varchar('author_handle', 2048, true),
          c.text('text'),
          c.varchar('url', 2048, true),
          c.nullableInteger('rating'),
          c.timestamp('created_at'),
          c.timestamp('received_at'),
          c.timestamp('edited_at', true),
          c.timestamp('deleted_at', true),
          c.integer('revision', 1),
          c.stringWithDefault('status', 16, 'new'),
          c.timestamp('status_changed_at', true),
          c.ref('assignee_id', true),
          c.varchar('sentiment', 8, true),
          c.real('sentiment_score'),
          c.text('intents', true),
          c.integer('intent_flags', 0),
          c.varchar('urgency', 8, true),
          c.integer('urgency_rank', 4),
          c.text('phi_spans', true),
          c.boolean('has_phi', false),
          c.text('triage_reasons', true),
          c.varchar('triage_model_version', 64, true),
          c.timestamp('triaged_at', true),
        ],
        uniques: [
          { name: 'UQ_comments_channel_external', columnNames: ['channel_id', 'external_id'] },
        ],
        checks: [
          { name: 'CHK_comments_status', expression: inList('status', STATUSES) },
          {
            name: 'CHK_comments_sentiment',
            expression: `"sentiment" IS NULL OR ${inList('sentiment', SENTIMENTS)}`,
          },
          {
            name: 'CHK_comments_urgency',
            expression: `"urgency" IS NULL OR ${inList('urgency', URGENCIES)}`,
          },
        ],
        indices: [
          { name: 'IDX_comments_created', columnNames: ['created_at', 'id'] },
          { name: 'IDX_comments_status_created', columnNames: ['status', 'created_at', 'id'] },
          { name: 'IDX_comments_channel_created', columnNames: ['channel_id', 'created_at', 'id'] },
          {
            name: 'IDX_comments_urgency_created',
            columnNames: ['urgency_rank', 'created_at', 'id'],
          },
          {
            name: 'IDX_comments_status_urgency_created',
            columnNames: ['status', 'urgency_rank', 'created_at', 'id'],
          },
          {
            name: 'IDX_comments_assignee_created',
            columnNames: ['assignee_id', 'created_at', 'id'],
          },
          {
            name: 'IDX_comments_parent_external',
            columnNames: ['channel_id', 'parent_external_id'],
          },
          { name: 'IDX_comments_parent', columnNames: ['parent_id'] },
          { name: 'IDX_comments_post', columnNames: ['post_id'] },
        ],
        foreignKeys: [
          {
            name: 'FK_comments_channel',
            columnNames: ['channel_id'],
            referencedTableName: 'channels',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            name: 'FK_comments_post',
            columnNames: ['post_id'],
            referencedTableName: 'posts',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          },
          {
            name: 'FK_comments_parent',
            columnNames: ['parent_id'],
            referencedTableName: 'comments',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'comment_revisions',
        columns: [
          c.id(),
          c.ref('comment_id'),
          c.integer('revision'),
          c.text('text'),
          c.timestamp('replaced_at'),
        ],
        uniques: [
          {
            name: 'UQ_comment_revisions_comment_revision',
            columnNames: ['comment_id', 'revision'],
          },
        ],
        foreignKeys: [
          {
            name: 'FK_comment_revisions_comment',
            columnNames: ['comment_id'],
            referencedTableName: 'comments',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'comment_facet_counts',
        columns: [
          { ...c.ref('channel_id'), isPrimary: true },
          { ...c.varchar('status', 16), isPrimary: true },
          { ...c.integer('urgency_rank'), isPrimary: true },
          { ...c.varchar('sentiment', 8), isPrimary: true },
          { ...c.integer('intent_flags'), isPrimary: true },
          { name: 'has_phi', type: 'boolean', isPrimary: true },
          c.integer('count', 0),
        ],
        checks: [
          { name: 'CHK_comment_facet_counts_status', expression: inList('status', STATUSES) },
        ],
        foreignKeys: [
          {
            name: 'FK_comment_facet_counts_channel',
            columnNames: ['channel_id'],
            referencedTableName: 'channels',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
    await this.createSearch(queryRunner);
  }

  /**
   * SQLite: an external-content FTS5 index over text and author, keyed by the comments table's
   * rowid and kept current by triggers (after a VACUUM, `INSERT INTO comments_fts(comments_fts)
   * VALUES ('rebuild')` re-reads it). PostgreSQL: a GIN index on the same tsvector expression
   * the search query uses. Both match whole unstemmed words (and the prefix of the last word), so
   * a Spanish comment is found as readily as an English one.
   */
  private async createSearch(queryRunner: QueryRunner): Promise<void> {
    if (isPostgres(queryRunner)) {
      await queryRunner.query(
        `CREATE INDEX "IDX_comments_search" ON "comments" USING GIN (${POSTGRES_SEARCH_VECTOR})`,
      );
      return;
    }
    // The FTS columns carry the content table's column names, so FTS5 can read them back
    // ('rebuild', highlight) from the comments table itself without storing the text twice.
    await queryRunner.query(
      `CREATE VIRTUAL TABLE "comments_fts" USING fts5(text, author_name, author_handle, content='comments', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2')`,
    );
    const columns = '"text", "author_name", "author_handle"';
    const values = (row: 'NEW' | 'OLD') =>
      `${row}."text", ${row}."author_name", ${row}."author_handle"`;
    await queryRunner.query(
      `CREATE TRIGGER "comments_fts_insert" AFTER INSERT ON "comments" BEGIN
         INSERT INTO "comments_fts"(rowid, ${columns}) VALUES (NEW.rowid, ${values('NEW')});
       END`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "comments_fts_delete" AFTER DELETE ON "comments" BEGIN
         INSERT INTO "comments_fts"("comments_fts", rowid, ${columns}) VALUES ('delete', OLD.rowid, ${values('OLD')});
       END`,
    );
    await queryRunner.query(
      `CREATE TRIGGER "comments_fts_update" AFTER UPDATE OF "text", "author_name", "author_handle" ON "comments" BEGIN
         INSERT INTO "comments_fts"("comments_fts", rowid, ${columns}) VALUES ('delete', OLD.rowid, ${values('OLD')});
         INSERT INTO "comments_fts"(rowid, ${columns}) VALUES (NEW.rowid, ${values('NEW')});
       END`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (isPostgres(queryRunner)) {
      await queryRunner.query(`DROP INDEX IF EXISTS "IDX_comments_search"`);
    } else {
      await queryRunner.query(`DROP TRIGGER IF EXISTS "comments_fts_update"`);
      await queryRunner.query(`DROP TRIGGER IF EXISTS "comments_fts_delete"`);
      await queryRunner.query(`DROP TRIGGER IF EXISTS "comments_fts_insert"`);
      await queryRunner.query(`DROP TABLE IF EXISTS "comments_fts"`);
    }
    await queryRunner.dropTable('comment_facet_counts');
    await queryRunner.dropTable('comment_revisions');
    await queryRunner.dropTable('comments');
    await queryRunner.dropTable('posts');
    await queryRunner.dropTable('channels');
  }
}
