import type { AuditEventFilter } from '../../../gql/graphql';

/**
 * What the audit page shows, as kept in the URL: one action (exact, or a prefix ending in a dot),
 * one actor, a target, and a range of local days (both ends included).
 */
export interface AuditView {
  action: string | null;
  actorId: string | null;
  targetType: string | null;
  targetId: string | null;
  /** First day, `YYYY-MM-DD`, in the reader's time zone. */
  from: string | null;
  /** Last day, included. */
  to: string | null;
}

export const EMPTY_AUDIT_VIEW: AuditView = {
  action: null,
  actorId: null,
  targetType: null,
  targetId: null,
  from: null,
  to: null,
};

const PARAMS: Record<keyof AuditView, string> = {
  action: 'action',
  actorId: 'actor',
  targetType: 'targetType',
  targetId: 'target',
  from: 'from',
  to: 'to',
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function textParam(params: URLSearchParams, name: string): string | null {
  const value = params.get(name)?.trim() ?? '';
  return value === '' ? null : value;
}

function dayParam(params: URLSearchParams, name: string): string | null {
  const value = textParam(params, name);
  return value !== null && DAY.test(value) ? value : null;
}

export function parseAuditView(params: URLSearchParams): AuditView {
  return {
    action: textParam(params, PARAMS.action),
    actorId: textParam(params, PARAMS.actorId),
    targetType: textParam(params, PARAMS.targetType),
    targetId: textParam(params, PARAMS.targetId),
    from: dayParam(params, PARAMS.from),
    to: dayParam(params, PARAMS.to),
  };
}

/** The URL's query string for a view: only what is set, in a stable order. */
export function auditViewToSearch(view: AuditView): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(PARAMS) as (keyof AuditView)[]) {
    const value = view[key];
    if (value !== null && value !== '') {
      params.set(PARAMS[key], value);
    }
  }
  return params;
}

export function hasAuditFilters(view: AuditView): boolean {
  return Object.values(view).some((value) => value !== null);
}

/** Local midnight at the start of `day` (+ `days`), as an ISO instant. */
function startOfLocalDay(day: string, days = 0): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date + days).toISOString();
}

/** The server's filter: days become instants, the last day included up to its end. */
export function toAuditEventFilter(view: AuditView): AuditEventFilter {
  const filter: AuditEventFilter = {};
  if (view.action) {
    filter.actions = [view.action];
  }
  if (view.actorId) {
    filter.actorId = view.actorId;
  }
  if (view.targetType) {
    filter.targetType = view.targetType;
  }
  if (view.targetId) {
    filter.targetId = view.targetId;
  }
  if (view.from) {
    filter.from = startOfLocalDay(view.from);
  }
  if (view.to) {
    filter.to = startOfLocalDay(view.to, 1);
  }
  return filter;
}

export const AUDIT_EXPORT_PATH = '/api/audit-events.csv';

/** The CSV export of exactly what the page shows (same filter), for a download link. */
export function auditExportHref(view: AuditView): string {
  const filter = toAuditEventFilter(view);
  const params = new URLSearchParams();
  for (const action of filter.actions ?? []) {
    params.append('actions', action);
  }
  for (const key of ['actorId', 'targetType', 'targetId', 'from', 'to'] as const) {
    const value = filter[key];
    if (typeof value === 'string') {
      params.set(key, value);
    }
  }
  const query = params.toString();
  return query ? `${AUDIT_EXPORT_PATH}?${query}` : AUDIT_EXPORT_PATH;
}

export interface ActionChoiceGroup {
  group: string;
  items: { value: string; label: string }[];
}

/**
 * Choices for the action filter: every area (`comment.` for all comment actions) when it has
 * more than one action, then every action.
 */
export function actionChoices(actions: readonly string[]): ActionChoiceGroup[] {
  const perArea = new Map<string, number>();
  for (const action of actions) {
    const dot = action.indexOf('.');
    if (dot > 0) {
      const area = action.slice(0, dot + 1);
      perArea.set(area, (perArea.get(area) ?? 0) + 1);
    }
  }
  const areas = [...perArea]
    .filter(([, count]) => count > 1)
    .map(([area]) => area)
    .sort();
  const groups: ActionChoiceGroup[] = [];
  if (areas.length > 0) {
    groups.push({
      group: 'Every action of',
      items: areas.map((area) => ({ value: area, label: `${area}*` })),
    });
  }
  groups.push({
    group: 'Actions',
    items: [...actions].sort().map((action) => ({ value: action, label: action })),
  });
  return groups;
}
