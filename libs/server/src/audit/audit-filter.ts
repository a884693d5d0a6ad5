import { type SelectQueryBuilder } from 'typeorm';

import { badInput } from '../common/app-error';
import { type AuditEventEntity } from './audit-event.entity';

/** A checked audit filter: what the page and the CSV export both narrow by. */
export interface AuditFilter {
  /** Exact action names. */
  actions: string[];
  /** Action prefixes, each ending in a dot (`comment.`). */
  actionPrefixes: string[];
  actorId: string | null;
  targetType: string | null;
  targetId: string | null;
  /** Inclusive. */
  from: Date | null;
  /** Exclusive. */
  to: Date | null;
}

export interface AuditFilterInput {
  actions?: readonly string[] | null;
  actorId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

const MAX_ACTIONS = 50;
const ACTION = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*\.?$/;

function optionalText(value: string | null | undefined, name: string, max: number): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length > max) {
    throw badInput(`The ${name} filter can have at most ${max} characters.`);
  }
  return trimmed === '' ? null : trimmed;
}

function optionalDate(value: Date | null | undefined, name: string): Date | null {
  if (value == null) {
    return null;
  }
  if (Number.isNaN(value.getTime())) {
    throw badInput(`The "${name}" time is not a valid date.`);
  }
  return value;
}

/** Checks a filter from GraphQL or the export's query string; throws BAD_USER_INPUT. */
export function toAuditFilter(input: AuditFilterInput | null | undefined): AuditFilter {
  const actions = [...new Set((input?.actions ?? []).map((action) => action.trim()))].filter(
    (action) => action !== '',
  );
  if (actions.length > MAX_ACTIONS) {
    throw badInput(`Filter by at most ${MAX_ACTIONS} actions.`);
  }
  const invalid = actions.find((action) => action.length > 64 || !ACTION.test(action));
  if (invalid !== undefined) {
    throw badInput(
      'An action filter is a dotted name like `user.created`, or a prefix ending in a dot like `comment.`.',
    );
  }
  return {
    actions: actions.filter((action) => !action.endsWith('.')),
    actionPrefixes: actions.filter((action) => action.endsWith('.')),
    actorId: optionalText(input?.actorId, 'actor', 36),
    targetType: optionalText(input?.targetType, 'target type', 32),
    targetId: optionalText(input?.targetId, 'target', 64),
    from: optionalDate(input?.from, 'from'),
    to: optionalDate(input?.to, 'to'),
  };
}

/** The filter as recorded in an `audit.exported` event: only what was set. */
export function describeAuditFilter(filter: AuditFilter): Record<string, unknown> {
  const described: Record<string, unknown> = {};
  const actions = [...filter.actions, ...filter.actionPrefixes];
  if (actions.length > 0) {
    described['actions'] = actions;
  }
  for (const key of ['actorId', 'targetType', 'targetId'] as const) {
    if (filter[key] !== null) {
      described[key] = filter[key];
    }
  }
  if (filter.from) {
    described['from'] = filter.from.toISOString();
  }
  if (filter.to) {
    described['to'] = filter.to.toISOString();
  }
  return described;
}

/** `comment.` → `comment.%`, with LIKE's own wildcards (the `_` in `api_token.`) taken literally. */
function likePrefix(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

export function applyAuditFilter(
  qb: SelectQueryBuilder<AuditEventEntity>,
  alias: string,
  filter: AuditFilter,
): void {
  const actionClauses: string[] = [];
  const parameters: Record<string, unknown> = {};
  if (filter.actions.length > 0) {
    actionClauses.push(`${alias}.action IN (:...auditActions)`);
    parameters['auditActions'] = filter.actions;
  }
  filter.actionPrefixes.forEach((prefix, index) => {
    actionClauses.push(`${alias}.action LIKE :auditPrefix${index} ESCAPE '\\'`);
    parameters[`auditPrefix${index}`] = likePrefix(prefix);
  });
  if (actionClauses.length > 0) {
    qb.andWhere(`(${actionClauses.join(' OR ')})`, parameters);
  }
  if (filter.actorId !== null) {
    qb.andWhere(`${alias}.actorId = :auditActorId`, { auditActorId: filter.actorId });
  }
  if (filter.targetType !== null) {
    qb.andWhere(`${alias}.targetType = :auditTargetType`, { auditTargetType: filter.targetType });
  }
  if (filter.targetId !== null) {
    qb.andWhere(`${alias}.targetId = :auditTargetId`, { auditTargetId: filter.targetId });
  }
  if (filter.from !== null) {
    qb.andWhere(`${alias}.at >= :auditFrom`, { auditFrom: filter.from });
  }
  if (filter.to !== null) {
    qb.andWhere(`${alias}.at < :auditTo`, { auditTo: filter.to });
  }
}
