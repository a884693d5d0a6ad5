import { type Stringifier, stringify } from 'csv-stringify';

import { badInput } from '../common/app-error';
import { canonicalJson } from './audit-chain';
import { type AuditEventEntity } from './audit-event.entity';
import { type AuditFilter, toAuditFilter } from './audit-filter';

/** Columns of the export, in order. */
export const AUDIT_CSV_COLUMNS = [
  'seq',
  'time',
  'actor_kind',
  'actor_id',
  'actor_name',
  'action',
  'target_type',
  'target_id',
  'details',
  'hash',
] as const;

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return before one) as
 * a formula: a display name like `=HYPERLINK(…)` could otherwise act when a compliance officer
 * opens the export. A leading apostrophe makes the cell plain text (OWASP "CSV injection").
 */
export function escapeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function toCsvRecord(
  event: AuditEventEntity,
): Record<(typeof AUDIT_CSV_COLUMNS)[number], string> {
  return {
    seq: String(event.seq),
    time: event.at.toISOString(),
    actor_kind: event.actorKind,
    actor_id: event.actorId ?? '',
    actor_name: event.actorName ?? '',
    action: event.action,
    target_type: event.targetType ?? '',
    target_id: event.targetId ?? '',
    details: event.details ? canonicalJson(event.details) : '',
    hash: event.hash,
  };
}

/** A CSV writer that escapes every cell against formula injection. */
export function createAuditCsvStringifier(): Stringifier {
  return stringify({
    header: true,
    columns: [...AUDIT_CSV_COLUMNS],
    cast: { string: (value) => escapeFormula(value) },
  });
}

function listParameter(value: unknown): string[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values
    .filter((item): item is string => typeof item === 'string')
    .flatMap((item) => item.split(','));
}

function singleParameter(query: Record<string, unknown>, name: string): string | null {
  const value = query[name];
  if (value === undefined) {
    return null;
  }
  if (typeof value !== 'string') {
    throw badInput(`Give "${name}" once.`);
  }
  return value;
}

function dateParameter(query: Record<string, unknown>, name: string): Date | null {
  const value = singleParameter(query, name);
  if (value === null || value === '') {
    return null;
  }
  const date = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(date.getTime())) {
    throw badInput(`"${name}" must be an ISO 8601 time, e.g. 2026-11-23T00:00:00Z.`);
  }
  return date;
}

/**
 * The export's query string: the same filter as the `auditEvents` query, e.g.
 * `?actions=comment.&actions=user.created&actorId=…&from=2026-11-01T00:00:00Z`
 * (`actions` may also be comma-separated).
 */
export function parseAuditExportQuery(query: Record<string, unknown>): AuditFilter {
  return toAuditFilter({
    actions: listParameter(query['actions']),
    actorId: singleParameter(query, 'actorId'),
    targetType: singleParameter(query, 'targetType'),
    targetId: singleParameter(query, 'targetId'),
    from: dateParameter(query, 'from'),
    to: dateParameter(query, 'to'),
  });
}
