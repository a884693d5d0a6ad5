import { type EntityManager, type ObjectLiteral } from 'typeorm';

/**
 * Runs hand-written SQL with `:name` parameters on either dialect: TypeORM's driver rewrites them
 * to `?` (SQLite) or `$1` (PostgreSQL) and converts Dates to the stored format. `:...name`
 * expands an array. Use it for the few statements the query builder cannot express (upserts,
 * multi-row inserts).
 */
export function runSql<T = unknown>(
  manager: EntityManager,
  sql: string,
  parameters: ObjectLiteral = {},
): Promise<T> {
  const [query, values] = manager.connection.driver.escapeQueryWithParameters(sql, parameters);
  return manager.query<T>(query, values);
}
