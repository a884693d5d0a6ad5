import { createHash } from 'node:crypto';

/** The fields of an audit event that its hash covers. */
export interface ChainedFields {
  seq: number;
  at: Date;
  actorKind: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown> | null;
  prevHash: string;
}

/** The hash before the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted, so equal details always hash the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(canonical).join(',')}]`;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value instanceof Date ? value.toISOString() : (value ?? null));
}

/** Details as the chain sees them: JSON with sorted keys (also the export's details column). */
export function canonicalJson(value: unknown): string {
  return canonical(value);
}

/** SHA-256 over the previous hash and every field of the event. */
export function hashEvent(event: ChainedFields): string {
  return createHash('sha256')
    .update(
      canonical({
        seq: event.seq,
        at: event.at.toISOString(),
        actorKind: event.actorKind,
        actorId: event.actorId,
        actorName: event.actorName,
        action: event.action,
        targetType: event.targetType,
        targetId: event.targetId,
        details: event.details,
        prevHash: event.prevHash,
      }),
    )
    .digest('hex');
}

export interface ChainBreak {
  seq: number;
  reason: string;
}

/**
 * Checks events in seq order, continuing from `previous` (the last event already checked, or
 * null at the start). Returns the first break: a changed row (its hash no longer matches), a
 * deleted one (a gap in seq or a prev_hash that does not match), or a reordered one.
 */
export function findChainBreak(
  events: readonly (ChainedFields & { hash: string })[],
  previous: { seq: number; hash: string } | null,
): ChainBreak | null {
  let last = previous ?? { seq: 0, hash: GENESIS_HASH };
  for (const event of events) {
    if (event.seq !== last.seq + 1) {
      return { seq: last.seq + 1, reason: `event ${last.seq + 1} is missing (deleted?)` };
    }
    if (event.prevHash !== last.hash) {
      return { seq: event.seq, reason: `event ${event.seq} does not follow event ${last.seq}` };
    }
    if (hashEvent(event) !== event.hash) {
      return { seq: event.seq, reason: `event ${event.seq} was changed after it was written` };
    }
    last = event;
  }
  return null;
}
