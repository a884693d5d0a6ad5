import {
  ACTIVE_CASE_STATUSES,
  CASE_CATEGORIES,
  CASE_STATUSES,
  CASE_TEAMS,
  type CaseCategory,
  type CaseStatus,
  type CaseTeam,
} from '@bedside/domain';

import type { CaseFilter, CaseOrder } from '../../../gql/graphql';
import { toGraphqlValue } from '../../../ui/vocabulary';

/**
 * What the cases page shows, kept in the query string so a reload or a shared link restores it:
 * `?status=resolved&team=nursing,risk_compliance&mine=1&breached=1&q=C-1001&order=newest`.
 * Values use the domain's lower_snake spelling; anything unknown in a hand-edited URL is ignored.
 */

/** `active` (the default) is every status someone still works on; `all` is no status filter. */
export const CASE_STATUS_SCOPES = ['active', ...CASE_STATUSES, 'all'] as const;
export type CaseStatusScope = (typeof CASE_STATUS_SCOPES)[number];

export const CASE_ORDERS = ['due', 'newest'] as const;
export type CasesOrder = (typeof CASE_ORDERS)[number];

export interface CasesView {
  status: CaseStatusScope;
  teams: CaseTeam[];
  categories: CaseCategory[];
  mine: boolean;
  breached: boolean;
  search: string;
  order: CasesOrder;
}

export const DEFAULT_CASES_VIEW: CasesView = {
  status: 'active',
  teams: [],
  categories: [],
  mine: false,
  breached: false,
  search: '',
  order: 'due',
};

const PARAM = {
  status: 'status',
  teams: 'team',
  categories: 'category',
  mine: 'mine',
  breached: 'breached',
  search: 'q',
  order: 'order',
} as const satisfies Record<keyof CasesView, string>;

function oneOf<Value extends string>(allowed: readonly Value[], raw: string | null): Value | null {
  return raw !== null && (allowed as readonly string[]).includes(raw) ? (raw as Value) : null;
}

function listOf<Value extends string>(allowed: readonly Value[], raw: string | null): Value[] {
  return [
    ...new Set(
      (raw ?? '')
        .split(',')
        .map((value) => oneOf(allowed, value))
        .filter((value): value is Value => value !== null),
    ),
  ];
}

export function parseCasesView(params: URLSearchParams): CasesView {
  return {
    status: oneOf(CASE_STATUS_SCOPES, params.get(PARAM.status)) ?? DEFAULT_CASES_VIEW.status,
    teams: listOf(CASE_TEAMS, params.get(PARAM.teams)),
    categories: listOf(CASE_CATEGORIES, params.get(PARAM.categories)),
    mine: params.get(PARAM.mine) === '1',
    breached: params.get(PARAM.breached) === '1',
    search: params.get(PARAM.search)?.trim() ?? '',
    order: oneOf(CASE_ORDERS, params.get(PARAM.order)) ?? DEFAULT_CASES_VIEW.order,
  };
}

/** The query string of a view; defaults are left out so the plain page is just `/cases`. */
export function serializeCasesView(view: CasesView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.status !== DEFAULT_CASES_VIEW.status) {
    params.set(PARAM.status, view.status);
  }
  if (view.teams.length > 0) {
    params.set(PARAM.teams, view.teams.join(','));
  }
  if (view.categories.length > 0) {
    params.set(PARAM.categories, view.categories.join(','));
  }
  if (view.mine) {
    params.set(PARAM.mine, '1');
  }
  if (view.breached) {
    params.set(PARAM.breached, '1');
  }
  if (view.search.trim()) {
    params.set(PARAM.search, view.search.trim());
  }
  if (view.order !== DEFAULT_CASES_VIEW.order) {
    params.set(PARAM.order, view.order);
  }
  return params;
}

export function hasCaseFilters(view: CasesView): boolean {
  return (
    view.teams.length > 0 ||
    view.categories.length > 0 ||
    view.mine ||
    view.breached ||
    view.search !== ''
  );
}

function statusesOf(scope: CaseStatusScope): readonly CaseStatus[] | null {
  if (scope === 'all') {
    return null;
  }
  return scope === 'active' ? ACTIVE_CASE_STATUSES : [scope];
}

/** The API filter of a view; `viewerId` is whose cases "mine" means. */
export function toCaseFilter(view: CasesView, viewerId: string): CaseFilter {
  const statuses = statusesOf(view.status);
  return {
    status: statuses ? statuses.map(toGraphqlValue) : null,
    team: view.teams.length > 0 ? view.teams.map(toGraphqlValue) : null,
    category: view.categories.length > 0 ? view.categories.map(toGraphqlValue) : null,
    assigneeId: view.mine ? viewerId : null,
    breached: view.breached ? true : null,
    search: view.search || null,
  };
}

export function toCaseOrder(view: CasesView): CaseOrder {
  return view.order === 'newest' ? 'NEWEST' : 'DUE_SOONEST';
}
