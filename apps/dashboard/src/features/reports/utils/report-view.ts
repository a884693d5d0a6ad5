import type { ReportFilterInput } from '../../../gql/graphql';
import { endOfLocalDay, startOfLocalDay } from '../../inbox/utils/to-comment-filter';
import { localDay } from '../../inbox/utils/today';

/**
 * What the reports page shows, as kept in the query string so that a report link can be shared:
 * `?range=30d&channels=ch-1,ch-2&compare=off`, or `?range=custom&from=2026-01-01&to=2026-01-31`.
 * Presets stay relative ("the last 7 days" of whoever opens the link); custom ranges are local
 * days, both ends included. Anything unknown in a hand-edited URL is ignored.
 */

export const REPORT_PRESETS = ['24h', '7d', '30d', '90d'] as const;
export type ReportPreset = (typeof REPORT_PRESETS)[number];
export type ReportRangeChoice = ReportPreset | 'custom';

export const RANGE_LABELS: Record<ReportRangeChoice, string> = {
  '24h': 'Last 24 hours',
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
  custom: 'Custom',
};

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const PRESET_HOURS: Record<ReportPreset, number> = {
  '24h': 24,
  '7d': 7 * 24,
  '30d': 30 * 24,
  '90d': 90 * 24,
};

/** The server refuses longer ranges. */
export const MAX_RANGE_DAYS = 400;

export interface ReportView {
  range: ReportRangeChoice;
  /** First day of a custom range, `YYYY-MM-DD` in the reader's time zone. */
  from: string | null;
  /** Last day of a custom range, included. */
  to: string | null;
  /** Only these channels (ids); every channel when empty. */
  channelIds: string[];
  /** Show the change against the previous period of the same length. */
  compare: boolean;
  /** Only the comments on this post. */
  postId: string | null;
}

export const DEFAULT_REPORT_VIEW: ReportView = {
  range: '7d',
  from: null,
  to: null,
  channelIds: [],
  compare: true,
  postId: null,
};

const PARAM = {
  range: 'range',
  from: 'from',
  to: 'to',
  channelIds: 'channels',
  compare: 'compare',
  postId: 'post',
} as const satisfies Record<keyof ReportView, string>;

const COMPARE_OFF = 'off';
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function dayParam(raw: string | null): string | null {
  return raw !== null && DAY_PATTERN.test(raw) && !Number.isNaN(Date.parse(raw)) ? raw : null;
}

function isRangeChoice(raw: string | null): raw is ReportRangeChoice {
  return raw === 'custom' || (REPORT_PRESETS as readonly (string | null)[]).includes(raw);
}

export function parseReportView(params: URLSearchParams): ReportView {
  const rawRange = params.get(PARAM.range);
  const from = dayParam(params.get(PARAM.from));
  const to = dayParam(params.get(PARAM.to));
  let range: ReportRangeChoice = isRangeChoice(rawRange) ? rawRange : DEFAULT_REPORT_VIEW.range;
  // A link with days but no range (typed by hand) means those days.
  if (rawRange === null && (from || to)) {
    range = 'custom';
  }
  const channelIds = (params.get(PARAM.channelIds) ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const postId = params.get(PARAM.postId)?.trim() || null;
  return {
    range,
    from: range === 'custom' ? from : null,
    to: range === 'custom' ? to : null,
    channelIds: [...new Set(channelIds)],
    compare: params.get(PARAM.compare) !== COMPARE_OFF,
    postId,
  };
}

/** The query string for a view; defaults are left out so plain links stay short. */
export function serializeReportView(view: ReportView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.range !== DEFAULT_REPORT_VIEW.range) {
    params.set(PARAM.range, view.range);
  }
  if (view.range === 'custom') {
    if (view.from) {
      params.set(PARAM.from, view.from);
    }
    if (view.to) {
      params.set(PARAM.to, view.to);
    }
  }
  if (view.channelIds.length > 0) {
    params.set(PARAM.channelIds, view.channelIds.join(','));
  }
  if (!view.compare) {
    params.set(PARAM.compare, COMPARE_OFF);
  }
  if (view.postId) {
    params.set(PARAM.postId, view.postId);
  }
  return params;
}

function ceilToHour(time: number): number {
  return Math.ceil(time / HOUR_MS) * HOUR_MS;
}

/** The days a custom range starts from when switching from a preset: the same stretch of time. */
export function presetAsDays(preset: ReportPreset, now: number): { from: string; to: string } {
  return {
    from: localDay(new Date(now - PRESET_HOURS[preset] * HOUR_MS)),
    to: localDay(new Date(now)),
  };
}

export type ReportFilterResult =
  { filter: ReportFilterInput; problem: null } | { filter: null; problem: string };

/**
 * The `report` filter for a view at `now`, or why the view cannot be asked for (a custom range
 * that ends before it starts, starts in the future or is too long). Presets end "now" (`to` left
 * out) and start on a whole hour, so the variables stay the same for the whole hour and Apollo
 * does not ask again every minute; the server snaps ranges to whole hours anyway.
 */
export function toReportFilter(view: ReportView, now: number): ReportFilterResult {
  const filter: ReportFilterInput = { from: '' };
  if (view.range === 'custom') {
    if (!view.from) {
      return { filter: null, problem: 'Pick the first day of the range.' };
    }
    const from = startOfLocalDay(view.from);
    const fromTime = Date.parse(from);
    if (fromTime >= now) {
      return { filter: null, problem: 'The range cannot start in the future.' };
    }
    // A range ending today stops at the current hour: later hours would only add empty buckets.
    const toTime = view.to ? Math.min(Date.parse(endOfLocalDay(view.to)), ceilToHour(now)) : null;
    if (toTime !== null && toTime <= fromTime) {
      return { filter: null, problem: 'The first day must be on or before the last day.' };
    }
    if ((toTime ?? now) - fromTime > MAX_RANGE_DAYS * DAY_MS) {
      return { filter: null, problem: `A report covers at most ${MAX_RANGE_DAYS} days.` };
    }
    filter.from = from;
    if (toTime !== null) {
      filter.to = new Date(toTime).toISOString();
    }
  } else {
    filter.from = new Date(ceilToHour(now) - PRESET_HOURS[view.range] * HOUR_MS).toISOString();
  }
  if (view.channelIds.length > 0) {
    filter.channelIds = view.channelIds;
  }
  if (view.postId) {
    filter.postId = view.postId;
  }
  return { filter, problem: null };
}

/** The tables the server exports, one CSV per chart (see `GET /api/reports/{table}.csv`). */
export const REPORT_TABLES = [
  'volume',
  'sentiment',
  'intents',
  'urgency',
  'response-times',
  'agents',
  'corrections',
  'themes',
  'top-posts',
  'spikes',
] as const;
export type ReportTable = (typeof REPORT_TABLES)[number];

function exportQuery(filter: ReportFilterInput): string {
  const params = new URLSearchParams();
  params.set('from', filter.from);
  if (filter.to) {
    params.set('to', filter.to);
  }
  if (filter.channelIds && filter.channelIds.length > 0) {
    params.set('channelIds', filter.channelIds.join(','));
  }
  if (filter.postId) {
    params.set('postId', String(filter.postId));
  }
  return params.toString();
}

/**
 * A plain download link for one chart's numbers with exactly the page's filter: the browser sends
 * the session cookie and saves the file.
 */
export function reportCsvHref(table: ReportTable, filter: ReportFilterInput): string {
  return `/api/reports/${table}.csv?${exportQuery(filter)}`;
}

/** Every table of the report in one zip, for the leadership meeting. */
export function reportZipHref(filter: ReportFilterInput): string {
  return `/api/reports/report.zip?${exportQuery(filter)}`;
}
