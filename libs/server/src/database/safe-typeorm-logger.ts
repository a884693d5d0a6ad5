import { type Logger as TypeOrmLogger } from 'typeorm';

import { logger } from '../logging/logger';

/**
 * TypeORM's own loggers print query parameters, which hold comment text and author names. This
 * one logs the SQL (parameterised, so free of PHI) and the driver's message, never parameters.
 */
export class SafeTypeOrmLogger implements TypeOrmLogger {
  private readonly output = logger.child({ component: 'database' });

  logQuery(): void {
    // Query logging would be too chatty and is not needed: errors and slow queries are logged.
  }

  logQueryError(error: string | Error, query: string): void {
    const message = typeof error === 'string' ? error : error.message;
    this.output.error({ sql: truncate(query), error: message }, 'query failed');
  }

  logQuerySlow(time: number, query: string): void {
    this.output.warn({ sql: truncate(query), ms: time }, 'slow query');
  }

  logSchemaBuild(message: string): void {
    this.output.debug({ schema: message }, 'schema');
  }

  logMigration(message: string): void {
    this.output.info({ migration: message }, 'migration');
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    const text = typeof message === 'string' ? message : JSON.stringify(message);
    if (level === 'warn') {
      this.output.warn(text);
    } else {
      this.output.debug(text);
    }
  }
}

function truncate(sql: string): string {
  return sql.length > 500 ? `${sql.slice(0, 500)}…` : sql;
}
