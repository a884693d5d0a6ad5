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

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!this.serialize) {
      return this.dataSource.transaction(work);
    }
    const turn = this.tail.then(() => this.dataSource.transaction(work));
    this.tail = turn.catch(() => undefined);
    return turn;
  }
}
