import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/**
 * Runs units of work in a transaction. On PostgreSQL each gets its own pooled connection. On
 * SQLite TypeORM shares one connection for everything, so two overlapping `transaction()` calls
 * would silently nest as savepoints of each other; this queue makes them take turns instead.
 * better-sqlite3 is synchronous, so a turn is short: keep network calls out of the work.
 */
@Injectable()
export class Transactor {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly serialize: boolean;

  constructor(private readonly dataSource: DataSource) {
    this.serialize = dataSource.options.type !== 'postgres';
  }

  /**
   * `exclusive` names a unit of work that must not overlap with another of the same name in any
   * process: on PostgreSQL it takes a transaction-scoped advisory lock first (released at commit
   * or rollback, so a killed replica never holds it); on SQLite every unit already takes turns.
   */
  run<T>(
    work: (manager: EntityManager) => Promise<T>,
    options: { exclusive?: string } = {},
  ): Promise<T> {
    if (!this.serialize) {
      const { exclusive } = options;
      if (exclusive === undefined) {
        return this.dataSource.transaction(work);
      }
      return this.dataSource.transaction(async (manager) => {
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`bedside:${exclusive}`]);
        return work(manager);
      });
    }
    const turn = this.tail.then(() => this.dataSource.transaction(work));
    this.tail = turn.catch(() => undefined);
    return turn;
  }
}
