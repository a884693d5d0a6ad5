import {
  type EntityManager,
  type EntityMetadata,
  type EntityTarget,
  type ObjectLiteral,
} from 'typeorm';
type ColumnMetadata = EntityMetadata['columns'][number];

/** Rows per INSERT statement: far below SQLite's and PostgreSQL's bound-parameter limits. */
const ROWS_PER_STATEMENT = 100;

/**
 * Inserts many rows with multi-row INSERT statements. TypeORM's `insert()` builds each row
 * through the query builder, which measured at about a quarter of this speed; here TypeORM's
 * driver still converts every value (dates, JSON, booleans) exactly as it does for its own
 * writes, so rows read back identically. Every column must be given a value (no DB defaults).
 */
export async function insertRows<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: readonly T[],
): Promise<void> {
  if (rows.length === 0) {
    return;
  }
  const metadata = manager.connection.getMetadata(target);
  const driver = manager.connection.driver;
  const columns = uniqueColumns(metadata.columns);
  const postgres = manager.connection.options.type === 'postgres';
  const columnList = columns.map((column) => `"${column.databaseName}"`).join(', ');
  for (let offset = 0; offset < rows.length; offset += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(offset, offset + ROWS_PER_STATEMENT);
    const values: unknown[] = [];
    const tuples: string[] = [];
    for (const row of chunk) {
      const placeholders: string[] = [];
      for (const column of columns) {
        values.push(driver.preparePersistentValue(column.getEntityValue(row), column));
        placeholders.push(postgres ? `$${values.length}` : '?');
      }
      tuples.push(`(${placeholders.join(', ')})`);
    }
    await manager.query(
      `INSERT INTO "${metadata.tableName}" (${columnList}) VALUES ${tuples.join(', ')}`,
      values,
    );
  }
}

function uniqueColumns(columns: readonly ColumnMetadata[]): ColumnMetadata[] {
  const seen = new Set<string>();
  return columns.filter((column) => {
    if (seen.has(column.databaseName)) {
      return false;
    }
    seen.add(column.databaseName);
    return true;
  });
}
