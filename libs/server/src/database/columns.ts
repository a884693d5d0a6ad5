import { Column, type ColumnOptions, getMetadataArgsStorage } from 'typeorm';

import { type DatabaseConfig } from '../config/env.schema';

/** Marker type for portable timestamps; mapped to the dialect's own type before a DataSource starts. */
const PORTABLE_TIMESTAMP = 'datetime';
const DIALECT_TIMESTAMP: Record<DatabaseConfig['kind'], ColumnOptions['type']> = {
  sqlite: 'datetime',
  postgres: 'timestamptz',
};

const timestampColumns = new Set<object>();

/**
 * A UTC timestamp column. SQLite stores it as sortable `YYYY-MM-DD HH:MM:SS.SSS` text and
 * PostgreSQL as `timestamptz`; entity code only ever sees `Date`. Decorators run before the
 * configuration is known, so the dialect type is filled in by `useDialectColumnTypes`.
 */
export function TimestampColumn(options: Omit<ColumnOptions, 'type'> = {}): PropertyDecorator {
  return (target, propertyName) => {
    Column({ ...options, type: PORTABLE_TIMESTAMP })(target, propertyName);
    const args = getMetadataArgsStorage().columns.find(
      (column) => column.target === target.constructor && column.propertyName === propertyName,
    );
    if (args) {
      timestampColumns.add(args.options);
    }
  };
}

/** Points every `TimestampColumn` at the dialect's type; call before building a DataSource. */
export function useDialectColumnTypes(kind: DatabaseConfig['kind']): void {
  for (const options of timestampColumns) {
    (options as ColumnOptions).type = DIALECT_TIMESTAMP[kind];
  }
}

/** A `status IN ('a','b')` check constraint body for a varchar column holding a domain enum. */
export function inListCheck(column: string, values: readonly string[]): string {
  return `"${column}" IN (${values.map((value) => `'${value}'`).join(', ')})`;
}
