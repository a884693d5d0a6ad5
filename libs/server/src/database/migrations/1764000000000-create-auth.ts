import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

import { columnsFor, inList } from '../migration-helpers';

// Frozen copy of the roles as they were when this migration was written.
const ROLES = ['agent', 'reviewer', 'manager', 'admin'];

/** Local accounts, browser sessions and API tokens. */
export class CreateAuth1764000000000 implements MigrationInterface {
  name = 'CreateAuth1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columnsFor(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          c.id(),
          c.varchar('email', 320),
          c.varchar('display_name', 200),
          c.varchar('role', 16),
          // Null for accounts that only sign in through single sign-on later.
          c.varchar('password_hash', 255, true),
          c.integer('failed_sign_ins', 0),
          c.timestamp('locked_until', true),
          c.timestamp('last_sign_in_at', true),
          c.timestamp('disabled_at', true),
          c.timestamp('created_at'),
        ],
        uniques: [{ name: 'UQ_users_email', columnNames: ['email'] }],
        checks: [{ name: 'CHK_users_role', expression: inList('role', ROLES) }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'sessions',
        columns: [
          c.id(),
          c.varchar('token_hash', 64),
          c.ref('user_id'),
          c.timestamp('created_at'),
          c.timestamp('last_seen_at'),
          c.timestamp('expires_at'),
        ],
        uniques: [{ name: 'UQ_sessions_token_hash', columnNames: ['token_hash'] }],
        indices: [{ name: 'IDX_sessions_user', columnNames: ['user_id'] }],
        foreignKeys: [
          {
            name: 'FK_sessions_user',
            columnNames: ['user_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'api_tokens',
        columns: [
          c.id(),
          c.varchar('name', 200),
          c.varchar('token_hash', 64),
          c.varchar('role', 16),
          c.ref('created_by_id', true),
          c.timestamp('created_at'),
          c.timestamp('last_used_at', true),
          c.timestamp('revoked_at', true),
        ],
        uniques: [{ name: 'UQ_api_tokens_token_hash', columnNames: ['token_hash'] }],
        checks: [{ name: 'CHK_api_tokens_role', expression: inList('role', ROLES) }],
        foreignKeys: [
          {
            name: 'FK_api_tokens_created_by',
            columnNames: ['created_by_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('api_tokens');
    await queryRunner.dropTable('sessions');
    await queryRunner.dropTable('users');
  }
}
