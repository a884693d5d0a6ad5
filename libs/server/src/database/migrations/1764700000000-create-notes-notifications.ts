import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

import { columnsFor, inList } from '../migration-helpers';

/** Internal notes on comments (with @mentions) and the notifications they and assignments send. */
export class CreateNotesNotifications1764700000000 implements MigrationInterface {
  name = 'CreateNotesNotifications1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'comment_notes',
        columns: [
          c.id(),
          c.ref('comment_id'),
          c.ref('author_id', true),
          c.varchar('author_name', 200),
          c.text('body'),
          c.text('mentioned_user_ids'),
          c.timestamp('created_at'),
        ],
        indices: [{ name: 'IDX_comment_notes_comment', columnNames: ['comment_id', 'created_at'] }],
        foreignKeys: [
          {
            name: 'FK_comment_notes_comment',
            columnNames: ['comment_id'],
            referencedTableName: 'comments',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            name: 'FK_comment_notes_author',
            columnNames: ['author_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'notifications',
        columns: [
          c.id(),
          c.ref('user_id'),
          c.varchar('kind', 16),
          c.ref('comment_id'),
          c.ref('note_id', true),
          c.varchar('actor_name', 200),
          c.timestamp('created_at'),
          c.timestamp('read_at', true),
        ],
        checks: [
          { name: 'CHK_notifications_kind', expression: inList('kind', ['mention', 'assignment']) },
        ],
        indices: [
          { name: 'IDX_notifications_user', columnNames: ['user_id', 'created_at'] },
          { name: 'IDX_notifications_user_unread', columnNames: ['user_id', 'read_at'] },
        ],
        foreignKeys: [
          {
            name: 'FK_notifications_user',
            columnNames: ['user_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            name: 'FK_notifications_comment',
            columnNames: ['comment_id'],
            referencedTableName: 'comments',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            name: 'FK_notifications_note',
            columnNames: ['note_id'],
            referencedTableName: 'comment_notes',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('notifications');
    await queryRunner.dropTable('comment_notes');
  }
}
