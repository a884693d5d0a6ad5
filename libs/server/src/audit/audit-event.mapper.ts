import { type AuditEventEntity } from './audit-event.entity';
import { AuditActorKind, type AuditDetail, type AuditEvent } from './dto/audit-event.types';

const ACTOR_KINDS: Record<AuditEventEntity['actorKind'], AuditActorKind> = {
  user: AuditActorKind.USER,
  token: AuditActorKind.TOKEN,
  system: AuditActorKind.SYSTEM,
};

export function toAuditActorKind(kind: AuditEventEntity['actorKind']): AuditActorKind {
  return ACTOR_KINDS[kind];
}

function detailText(value: unknown): string {
  if (typeof value === 'string') {
    return value;
  }
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null)) {
    return value.map(String).join(', ');
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Details as key/value text, sorted by key. They never hold PHI by construction; showing them as
 * text (never HTML or markup) keeps whatever they do hold inert.
 */
export function detailsAsText(details: Record<string, unknown> | null): AuditDetail[] {
  return Object.entries(details ?? {})
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => ({ key, value: detailText(value) }));
}

export function toAuditEventType(event: AuditEventEntity): AuditEvent {
  return {
    id: event.id,
    seq: event.seq,
    at: event.at,
    actorKind: toAuditActorKind(event.actorKind),
    actorId: event.actorId,
    actorName: event.actorName,
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId,
    details: detailsAsText(event.details),
  };
}
