import { type QueryRunner, type TableColumnOptions } from 'typeorm';

/**
 * Dialect helpers for migrations. Migrations are frozen snapshots, so they spell every type and
 * default out instead of reading entity metadata; these helpers keep that portable between
 * SQLite and PostgreSQL.
 */
export function isPostgres(queryRunner: QueryRunner): boolean {
  return queryRunner.connection.driver.options.type === 'postgres';
}

export function columnsFor(queryRunner: QueryRunner) {
  const postgres = isPostgres(queryRunner);
  return {
    id: (name = 'id'): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: '36',
      isPrimary: true,
    }),
    ref: (name: string, nullable = false): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: '36',
      isNullable: nullable,
    }),
    varchar: (name: string, length: number, nullable = false): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable: nullable,
    }),
    text: (name: string, nullable = false): TableColumnOptions => ({
      name,
      type: 'text',
      isNullable: nullable,
    }),
    integer: (name: string, defaultValue?: number): TableColumnOptions => ({
      name,
      type: 'integer',
      ...(defaultValue === undefined ? {} : { default: String(defaultValue) }),
    }),
    nullableInteger: (name: string): TableColumnOptions => ({
      name,
      type: 'integer',
      isNullable: true,
    }),
    real: (name: string): TableColumnOptions => ({ name, type: 'real', isNullable: true }),
    boolean: (name: string, defaultValue: boolean): TableColumnOptions => ({
      name,
      type: 'boolean',
      default: postgres ? String(defaultValue) : defaultValue ? '1' : '0',
    }),
    timestamp: (name: string, nullable = false): TableColumnOptions => ({
      name,
      type: postgres ? 'timestamptz' : 'datetime',
      isNullable: nullable,
    }),
    stringWithDefault: (
      name: string,
      length: number,
      defaultValue: string,
    ): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      default: `'${defaultValue}'`,
    }),
  };
}

export function inList(column: string, values: readonly string[]): string {
  return `"${column}" IN (${values.map((value) => `'${value}'`).join(', ')})`;
}
