import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, MoreThan } from 'typeorm';

import { type Actor } from '../auth/actor';
import { Clock } from '../common/clock';
import { newId } from '../common/ids';
import { insertRows } from '../database/bulk-insert';
import { runSql } from '../database/raw-query';
import { Transactor } from '../database/transactor';
import { type ChainBreak, findChainBreak, GENESIS_HASH, hashEvent } from './audit-chain';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditEntry {
  /** Null for the system (ingestion, retriage). */
  actor: Actor | null;
  /** dotted verb, e.g. `comment.status_changed`, `auth.signed_in`. */
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  /** Ids, statuses, label names: never comment text or other PHI. */
  details?: Record<string, unknown> | null;
}

export interface AuditVerification {
  checked: number;
  broken: ChainBreak | null;
}

/** Postgres advisory-lock key that serialises appends to the chain. */
const CHAIN_LOCK = 7_370_001;

@Injectable()
export class AuditService {
  private readonly postgres: boolean;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly transactor: Transactor,
  ) {
    this.postgres = dataSource.options.type === 'postgres';
  }

  /**
   * Appends an event inside the caller's transaction, so the action and its record commit
   * together or not at all. On SQLite the Transactor already runs one transaction at a time; on
   * PostgreSQL an advisory lock keeps two transactions from linking to the same predecessor.
   */
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    if (this.postgres) {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [CHAIN_LOCK]);
    }
    const [last] = await runSql<{ seq: number; hash: string }[]>(
      manager,
      'SELECT "seq", "hash" FROM "audit_events" ORDER BY "seq" DESC LIMIT 1',
    );
    const fields = {
      seq: Number(last?.seq ?? 0) + 1,
      at: this.clock.now(),
      actorKind: entry.actor?.kind ?? ('system' as const),
      actorId: entry.actor?.id ?? null,
      actorName: entry.actor?.displayName ?? null,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      details: entry.details ?? null,
      prevHash: last?.hash ?? GENESIS_HASH,
    };
    const event: AuditEventEntity = { id: newId(), ...fields, hash: hashEvent(fields) };
    await insertRows(manager, AuditEventEntity, [event]);
  }

  /** Records an event in a transaction of its own (sign-ins, reads of PHI). */
  recordNow(entry: AuditEntry): Promise<void> {
    return this.transactor.run((manager) => this.record(manager, entry));
  }

  /** Walks the whole chain in pages and reports the first broken link. */
  async verify(onProgress?: (checked: number) => void): Promise<AuditVerification> {
    const events = this.dataSource.getRepository(AuditEventEntity);
    let previous: AuditEventEntity | null = null;
    let checked = 0;
    for (;;) {
      const page = await events.find({
        where: { seq: MoreThan(previous?.seq ?? 0) },
        order: { seq: 'ASC' },
        take: 1000,
      });
      if (page.length === 0) {
        return { checked, broken: null };
      }
      const broken = findChainBreak(page, previous);
      if (broken) {
        return { checked: checked + page.findIndex((event) => event.seq >= broken.seq), broken };
      }
      checked += page.length;
      previous = page[page.length - 1];
      onProgress?.(checked);
    }
  }
}
