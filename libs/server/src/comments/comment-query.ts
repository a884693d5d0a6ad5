import { INTENTS } from '@bedside/domain';
import { type SelectQueryBuilder } from 'typeorm';

import { badInput } from '../common/app-error';
import { type CursorKey, decodeCursor, encodeCursor } from '../common/cursor';
import { POSTGRES_SEARCH_VECTOR } from '../database/search-expressions';
import { type CommentEntity } from './comment.entity';
import { type CommentFilter, CommentOrder } from './dto/comment-filter.input';

export const ALIAS = 'c';

interface OrderSpec {
  /** Entity properties, most significant first; always ending in the unique id. */
  keys: readonly ('createdAt' | 'urgencyRank' | 'id')[];
  direction: 'ASC' | 'DESC';
}

/** Every order is a full keyset, so paging is a range scan on an index, never OFFSET. */
const ORDERS: Record<CommentOrder, OrderSpec> = {
  [CommentOrder.NEWEST]: { keys: ['createdAt', 'id'], direction: 'DESC' },
  [CommentOrder.OLDEST]: { keys: ['createdAt', 'id'], direction: 'ASC' },
  // "Most urgent" is urgency, then age: the comment that has waited longest comes first.
  [CommentOrder.MOST_URGENT]: { keys: ['urgencyRank', 'createdAt', 'id'], direction: 'ASC' },
};

/**
 * How a search is run. PostgreSQL's planner handles a GIN index well on its own. On SQLite the
 * best plan depends on how many comments match (the service probes to choose):
 * - `rowids`: a few matches, fetched by rowid and sorted.
 * - `fts-walk`: many matches of a query of whole words (no open prefix). A page walks the
 *   order's index in chunks and asks FTS5 which rowids of each chunk match, by rowid ranges
 *   (cheap: FTS5 seeks a doclist by rowid range, while it pays a fixed cost per single rowid).
 *   `density` (matches per rowid among the newest matches) sizes the first chunk; `term` is
 *   set when the query is one word, whose match count FTS5 keeps in its vocabulary.
 * - `fts-scan`: many matches of an open prefix (FTS5 merges every matching word's doclist on
 *   each query): the match set is read once and the order's index is walked against it.
 * Outside a page (counts) `fts-walk` filters like `fts-scan`.
 */
export type SearchPlan =
  | { mode: 'postgres'; query: string }
  | { mode: 'rowids'; rowids: number[] }
  | { mode: 'fts-walk'; query: string; density: number; term: string | null }
  | { mode: 'fts-scan'; query: string };

/** Raw values of the order's keys of one row, as stored (see selectOrderKeys). */
export type RawOrderKeys = (string | number)[];

/** The filter with platform names already resolved to channel ids. */
export interface ResolvedFilter extends CommentFilter {
  channelIds?: string[] | null;
}

export function intentMask(intents: readonly string[]): number {
  return intents.reduce((mask, intent) => {
    const bit = (INTENTS as readonly string[]).indexOf(intent);
    return bit < 0 ? mask : mask | (1 << bit);
  }, 0);
}

/**
 * Adds the WHERE clauses of a filter. Returns false when the filter can match nothing (an
 * empty list, a platform with no channel), so the caller can skip the query.
 */
export function applyFilter(
  qb: SelectQueryBuilder<CommentEntity>,
  filter: ResolvedFilter,
  search: SearchPlan | null,
): boolean {
  const lists: [keyof ResolvedFilter, string][] = [
    ['status', 'status'],
    ['channelIds', 'channelId'],
    ['sentiment', 'sentiment'],
    ['urgency', 'urgency'],
  ];
  for (const [field, property] of lists) {
    const values = filter[field] as unknown[] | null | undefined;
    if (values == null) {
      continue;
    }
    if (values.length === 0) {
      return false;
    }
    qb.andWhere(`${ALIAS}.${property} IN (:...${field})`, { [field]: values });
  }
  if (filter.intent != null) {
    if (filter.intent.length === 0) {
      return false;
    }
    qb.andWhere(`(${ALIAS}.intentFlags & :intentMask) != 0`, {
      intentMask: intentMask(filter.intent),
    });
  }
  if (filter.assigneeId != null) {
    qb.andWhere(`${ALIAS}.assigneeId = :assigneeId`, { assigneeId: filter.assigneeId });
  }
  if (filter.unassigned != null) {
    qb.andWhere(`${ALIAS}.assigneeId IS ${filter.unassigned ? '' : 'NOT '}NULL`);
  }
  if (filter.hasPhi != null) {
    qb.andWhere(`${ALIAS}.hasPhi = :hasPhi`, { hasPhi: filter.hasPhi });
  }
  if (filter.createdAfter != null) {
    qb.andWhere(`${ALIAS}.createdAt >= :createdAfter`, { createdAfter: filter.createdAfter });
  }
  if (filter.createdBefore != null) {
    qb.andWhere(`${ALIAS}.createdAt < :createdBefore`, { createdBefore: filter.createdBefore });
  }
  if (search) {
    if (search.mode === 'postgres') {
      qb.andWhere(`${POSTGRES_SEARCH_VECTOR} @@ to_tsquery('simple', :search)`, {
        search: search.query,
      });
    } else if (search.mode === 'rowids') {
      if (search.rowids.length === 0) {
        return false;
      }
      qb.andWhere(`${ALIAS}.rowid IN (:...searchRowids)`, { searchRowids: search.rowids });
    } else {
      // fts-scan, and fts-walk outside a page.
      // Unary + keeps SQLite from looking the many matches up one by one and sorting them:
      // it walks the order's index instead and keeps each row that is in the match set.
      qb.andWhere(
        `+${ALIAS}.rowid IN (SELECT rowid FROM comments_fts WHERE comments_fts MATCH :search)`,
        {
          search: search.query,
        },
      );
    }
  }
  return true;
}

/** Orders the query by the keyset of `order` and starts after `after` when given. */
export function applyKeyset(
  qb: SelectQueryBuilder<CommentEntity>,
  order: CommentOrder,
  after: string | null | undefined,
): void {
  const spec = ORDERS[order];
  for (const key of spec.keys) {
    qb.addOrderBy(`${ALIAS}.${key}`, spec.direction);
  }
  if (!after) {
    return;
  }
  const values = decodeCursor(order, after, spec.keys.length).map((value, index) =>
    fromCursorValue(spec.keys[index], value),
  );
  const columns = spec.keys.map((key) => `${ALIAS}.${key}`).join(', ');
  const placeholders = spec.keys.map((_, index) => `:cursor${index}`).join(', ');
  const parameters = Object.fromEntries(values.map((value, index) => [`cursor${index}`, value]));
  qb.andWhere(
    `(${columns}) ${spec.direction === 'DESC' ? '<' : '>'} (${placeholders})`,
    parameters,
  );
}

/**
 * Selects the rowid (as `rowid`) and the raw stored values of the order's keys (as `k0`, `k1`…)
 * instead of entities: the chunks of a search walk.
 */
export function selectOrderKeys(qb: SelectQueryBuilder<CommentEntity>, order: CommentOrder): void {
  qb.select(`${ALIAS}.rowid`, 'rowid');
  ORDERS[order].keys.forEach((key, index) => qb.addSelect(`${ALIAS}.${key}`, `k${index}`));
}

export function orderKeysOf(order: CommentOrder, row: Record<string, unknown>): RawOrderKeys {
  return ORDERS[order].keys.map((_, index) => row[`k${index}`] as string | number);
}

/**
 * Starts after a row given by the raw stored values of its keys (from selectOrderKeys): bound
 * as stored, they compare exactly as the column values do.
 */
export function applyKeysetAfterKeys(
  qb: SelectQueryBuilder<CommentEntity>,
  order: CommentOrder,
  keys: RawOrderKeys,
): void {
  const spec = ORDERS[order];
  const columns = spec.keys.map((key) => `${ALIAS}.${key}`).join(', ');
  const placeholders = spec.keys.map((_, index) => `:walk${index}`).join(', ');
  const parameters = Object.fromEntries(keys.map((value, index) => [`walk${index}`, value]));
  qb.andWhere(
    `(${columns}) ${spec.direction === 'DESC' ? '<' : '>'} (${placeholders})`,
    parameters,
  );
}

export function cursorFor(order: CommentOrder, comment: CommentEntity): string {
  const key: CursorKey = ORDERS[order].keys.map((property) => {
    const value = comment[property];
    return value instanceof Date ? value.toISOString() : value;
  });
  return encodeCursor(order, key);
}

function fromCursorValue(
  key: OrderSpec['keys'][number],
  value: string | number | null,
): Date | string | number {
  if (key === 'createdAt') {
    const date = typeof value === 'string' ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime())) {
      throw badInput('The "after" cursor is not valid. Start again from the first page.');
    }
    return date;
  }
  if (key === 'urgencyRank') {
    if (typeof value !== 'number') {
      throw badInput('The "after" cursor is not valid. Start again from the first page.');
    }
    return value;
  }
  if (typeof value !== 'string') {
    throw badInput('The "after" cursor is not valid. Start again from the first page.');
  }
  return value;
}
