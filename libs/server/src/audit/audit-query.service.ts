import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { badInput } from '../common/app-error';
import { decodeCursor, encodeCursor } from '../common/cursor';
import { AuditService, type AuditVerification } from './audit.service';
import { AuditEventEntity } from './audit-event.entity';
import { applyAuditFilter, type AuditFilter } from './audit-filter';

const ALIAS = 'event';
const CURSOR_ORDER = 'audit_seq';
/** Rows per query while streaming an export: a bounded amount in memory at any time. */
const EXPORT_PAGE_SIZE = 500;

export interface AuditPage {
  events: AuditEventEntity[];
  hasNextPage: boolean;
}

export interface AuditActorRow {
  id: string;
  kind: 'user' | 'token';
  name: string;
}

export function auditCursor(event: Pick<AuditEventEntity, 'seq'>): string {
  return encodeCursor(CURSOR_ORDER, [event.seq]);
}

function seqFromCursor(cursor: string): number {
  const [seq] = decodeCursor(CURSOR_ORDER, cursor, 1);
  if (typeof seq !== 'number' || !Number.isInteger(seq)) {
    throw badInput('The "after" cursor is not valid. Start again from the first page.');
  }
  return seq;
}

/** Reading the audit trail: the audit page, its filters, the CSV export and the chain check. */
@Injectable()
export class AuditQueryService {
  /** A check already running, which a second caller joins instead of walking the chain again. */
  private running: Promise<AuditVerification> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  private query(filter: AuditFilter) {
    const qb = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder(ALIAS);
    applyAuditFilter(qb, ALIAS, filter);
    return qb;
  }

  /** Newest first; keyset paging on seq, which is unique and grows with time. */
  async page(filter: AuditFilter, first: number, after: string | null): Promise<AuditPage> {
    const qb = this.query(filter);
    if (after) {
      qb.andWhere(`${ALIAS}.seq < :afterSeq`, { afterSeq: seqFromCursor(after) });
    }
    const rows = await qb
      .orderBy(`${ALIAS}.seq`, 'DESC')
      .limit(first + 1)
      .getMany();
    return { events: rows.slice(0, first), hasNextPage: rows.length > first };
  }

  count(filter: AuditFilter): Promise<number> {
    return this.query(filter).getCount();
  }

  /** Every action name in the trail, sorted, for the filter's choices. */
  async actions(): Promise<string[]> {
    const rows = await this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder(ALIAS)
      .select(`${ALIAS}.action`, 'action')
      .distinct(true)
      .orderBy('action', 'ASC')
      .getRawMany<{ action: string }>();
    return rows.map((row) => row.action);
  }

  /** Every person and API token in the trail, named as in their latest event. */
  async actors(): Promise<AuditActorRow[]> {
    const rows = await this.dataSource.query<
      { actor_id: string; actor_kind: 'user' | 'token'; actor_name: string | null }[]
    >(
      `SELECT e.actor_id, e.actor_kind, e.actor_name
         FROM audit_events e
         JOIN (SELECT actor_id, MAX(seq) AS seq FROM audit_events
                WHERE actor_id IS NOT NULL GROUP BY actor_id) latest ON latest.seq = e.seq`,
    );
    return rows
      .map((row) => ({
        id: row.actor_id,
        kind: row.actor_kind,
        name: row.actor_name ?? row.actor_id,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  }

  /** The newest seq now (0 for an empty trail): an export stops there, however long it takes. */
  async lastSeq(): Promise<number> {
    const [row] = await this.dataSource.query<{ seq: number | string | null }[]>(
      'SELECT MAX(seq) AS seq FROM audit_events',
    );
    return Number(row?.seq ?? 0);
  }

  /** Matching events up to `upToSeq`, newest first, read a page at a time. */
  async *stream(filter: AuditFilter, upToSeq: number): AsyncGenerator<AuditEventEntity> {
    let below = upToSeq + 1;
    for (;;) {
      const rows = await this.query(filter)
        .andWhere(`${ALIAS}.seq < :below`, { below })
        .orderBy(`${ALIAS}.seq`, 'DESC')
        .limit(EXPORT_PAGE_SIZE)
        .getMany();
      yield* rows;
      if (rows.length < EXPORT_PAGE_SIZE) {
        return;
      }
      below = rows[rows.length - 1].seq;
    }
  }

  /**
   * Walks the whole chain now. Never cached: the answer must reflect a row changed a second ago.
   * Managers opening the page together share one walk.
   */
  verifyChain(): Promise<AuditVerification> {
    this.running ??= this.audit.verify().finally(() => {
      this.running = null;
    });
    return this.running;
  }
}
