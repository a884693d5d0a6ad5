import { formatCaseNumber, slaState } from '@bedside/domain';

import { type CaseEntity } from './case.entity';
import { type CaseEventEntity } from './case-event.entity';
import { type Case, type CaseEvent } from './dto/case.types';

/** The one place a stored case is shaped for GraphQL; names and relations come from loaders. */
export function toCaseType(entity: CaseEntity, now: Date): Case {
  const sla = slaState({
    now,
    dueAt: entity.dueAt,
    doneAt: entity.status === 'resolved' ? entity.resolvedAt : null,
  });
  return {
    id: entity.id,
    number: entity.number,
    reference: formatCaseNumber(entity.number),
    title: entity.title,
    category: entity.category,
    priority: entity.priority,
    team: entity.team,
    status: entity.status,
    assigneeId: entity.assigneeId,
    dueAt: entity.dueAt,
    sla: { state: sla.state, breached: sla.state === 'breached' },
    createdAt: entity.createdAt,
    createdById: entity.createdById,
    updatedAt: entity.updatedAt,
    resolvedAt: entity.status === 'resolved' ? entity.resolvedAt : null,
    resolutionNote: entity.status === 'resolved' ? entity.resolutionNote : null,
  };
}

const asText = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function toCaseEventType(entity: CaseEventEntity): CaseEvent {
  const details = entity.details ?? {};
  return {
    id: entity.id,
    at: entity.at,
    kind: entity.kind,
    actorName: entity.actorName,
    from: asText(details['from']),
    to: asText(details['to']),
    text: asText(details['text']),
    commentId: asText(details['commentId']),
  };
}
