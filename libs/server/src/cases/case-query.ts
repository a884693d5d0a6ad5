import { parseCaseNumber } from '@bedside/domain';
import { type SelectQueryBuilder } from 'typeorm';

import { badInput } from '../common/app-error';
import { decodeCursor, encodeCursor } from '../common/cursor';
import { type CaseEntity } from './case.entity';
import { CaseOrder } from './dto/case-enums';
import { type CaseFilter } from './dto/cases.args';

export const CASE_ALIAS = 'cs';

const BAD_CURSOR = 'The "after" cursor is not valid. Start again from the first page.';

/** Past its deadline: still open after it, or resolved after it. */
const BREACHED = `(${CASE_ALIAS}.dueAt IS NOT NULL AND ((${CASE_ALIAS}.resolvedAt IS NULL AND ${CASE_ALIAS}.dueAt < :now) OR (${CASE_ALIAS}.resolvedAt IS NOT NULL AND ${CASE_ALIAS}.resolvedAt > ${CASE_ALIAS}.dueAt)))`;

/**
 * Narrows the query to the filter; false when the filter can match nothing (an empty list), so
 * the caller can skip the query.
 */
export function applyCaseFilter(
  qb: SelectQueryBuilder<CaseEntity>,
  filter: CaseFilter,
  now: Date,
): boolean {
  const lists = [
    ['status', filter.status],
    ['team', filter.team],
    ['category', filter.category],
    ['priority', filter.priority],
  ] as const;
  for (const [column, values] of lists) {
    if (values == null) {
      continue;
    }
    if (values.length === 0) {
      return false;
    }
    qb.andWhere(`${CASE_ALIAS}.${column} IN (:...${column})`, { [column]: [...new Set(values)] });
  }
  if (filter.assigneeId != null) {
    qb.andWhere(`${CASE_ALIAS}.assigneeId = :assigneeId`, { assigneeId: filter.assigneeId });
  }
  if (filter.breached != null) {
    qb.andWhere(filter.breached ? BREACHED : `NOT ${BREACHED}`, { now });
  }
  const search = filter.search?.trim();
  if (search) {
    const number = parseCaseNumber(search);
    if (number !== null) {
      qb.andWhere(`${CASE_ALIAS}.number = :number`, { number });
    } else {
      const pattern = `%${search.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
      qb.andWhere(`LOWER(${CASE_ALIAS}.title) LIKE :pattern ESCAPE '\\'`, { pattern });
    }
  }
  return true;
}

/**
 * Orders by the keyset of `order` and starts after `after`. DUE_SOONEST puts cases without a
 * deadline last on both dialects (SQLite sorts NULL first, PostgreSQL last), so its cursor
 * carries whether the deadline is null.
 */
export function applyCaseKeyset(
  qb: SelectQueryBuilder<CaseEntity>,
  order: CaseOrder,
  after: string | null | undefined,
): void {
  if (order === CaseOrder.NEWEST) {
    qb.orderBy(`${CASE_ALIAS}.number`, 'DESC');
    if (after) {
      const [number] = decodeCursor(order, after, 1);
      qb.andWhere(`${CASE_ALIAS}.number < :afterNumber`, { afterNumber: cursorNumber(number) });
    }
    return;
  }
  qb.orderBy(`CASE WHEN ${CASE_ALIAS}.dueAt IS NULL THEN 1 ELSE 0 END`, 'ASC')
    .addOrderBy(`${CASE_ALIAS}.dueAt`, 'ASC')
    .addOrderBy(`${CASE_ALIAS}.number`, 'ASC');
  if (!after) {
    return;
  }
  const [due, number] = decodeCursor(order, after, 2);
  const afterNumber = cursorNumber(number);
  if (due === null) {
    qb.andWhere(`${CASE_ALIAS}.dueAt IS NULL AND ${CASE_ALIAS}.number > :afterNumber`, {
      afterNumber,
    });
    return;
  }
  const afterDue = typeof due === 'string' ? new Date(due) : null;
  if (!afterDue || Number.isNaN(afterDue.getTime())) {
    throw badInput(BAD_CURSOR);
  }
  qb.andWhere(
    `(${CASE_ALIAS}.dueAt IS NULL OR ${CASE_ALIAS}.dueAt > :afterDue OR (${CASE_ALIAS}.dueAt = :afterDue AND ${CASE_ALIAS}.number > :afterNumber))`,
    { afterDue, afterNumber },
  );
}

export function caseCursor(order: CaseOrder, entity: CaseEntity): string {
  return order === CaseOrder.NEWEST
    ? encodeCursor(order, [entity.number])
    : encodeCursor(order, [entity.dueAt?.toISOString() ?? null, entity.number]);
}

function cursorNumber(value: string | number | null): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw badInput(BAD_CURSOR);
  }
  return value;
}
