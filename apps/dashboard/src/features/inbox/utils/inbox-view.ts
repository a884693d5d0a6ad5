import {
  CHANNEL_KINDS,
  type ChannelKind,
  COMMENT_STATUSES,
  type CommentStatus,
  type Intent,
  INTENTS,
  SENTIMENT_LABELS,
  type SentimentLabel,
  URGENCIES,
  type Urgency,
} from '@bedside/domain';

/**
 * What the inbox shows, as kept in the query string so that a reload or a shared link restores
 * the view: `?status=escalated&channel=google_review,facebook&q=parking&order=most_urgent`.
 * Values use the domain's lower_snake spelling; anything unknown in a hand-edited URL is ignored.
 */

export const INBOX_TABS = [...COMMENT_STATUSES, 'all'] as const;
export type InboxTab = (typeof INBOX_TABS)[number];

export const INBOX_ORDERS = ['newest', 'oldest', 'most_urgent'] as const;
export type InboxOrder = (typeof INBOX_ORDERS)[number];

export interface InboxView {
  tab: InboxTab;
  channels: ChannelKind[];
  sentiment: SentimentLabel | null;
  intent: Intent | null;
  urgency: Urgency | null;
  /** First day included, `YYYY-MM-DD` in the reader's time zone. */
  from: string | null;
  /** Last day included, `YYYY-MM-DD` in the reader's time zone. */
  to: string | null;
  search: string;
  order: InboxOrder;
  /** "Assigned to me": only the comments assigned to the signed-in person. */
  mine: boolean;
}

export const DEFAULT_INBOX_VIEW: InboxView = {
  tab: 'new',
  channels: [],
  sentiment: null,
  intent: null,
  urgency: null,
  from: null,
  to: null,
  search: '',
  order: 'newest',
  mine: false,
};

const PARAM = {
  tab: 'status',
  channels: 'channel',
  sentiment: 'sentiment',
  intent: 'intent',
  urgency: 'urgency',
  from: 'from',
  to: 'to',
  search: 'q',
  order: 'order',
  mine: 'assignee',
} as const satisfies Record<keyof InboxView, string>;

/** `?assignee=me`: the link reads the same for everyone, and means each reader's own work. */
const ASSIGNED_TO_ME = 'me';

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<Value extends string>(allowed: readonly Value[], raw: string | null): Value | null {
  return raw !== null && (allowed as readonly string[]).includes(raw) ? (raw as Value) : null;
}

function dateParam(raw: string | null): string | null {
  return raw !== null && DATE_PATTERN.test(raw) && !Number.isNaN(Date.parse(raw)) ? raw : null;
}

export function parseInboxView(params: URLSearchParams): InboxView {
  const channels = (params.get(PARAM.channels) ?? '')
    .split(',')
    .map((value) => oneOf(CHANNEL_KINDS, value))
    .filter((value): value is ChannelKind => value !== null);
  return {
    tab: oneOf(INBOX_TABS, params.get(PARAM.tab)) ?? DEFAULT_INBOX_VIEW.tab,
    channels: [...new Set(channels)],
    sentiment: oneOf(SENTIMENT_LABELS, params.get(PARAM.sentiment)),
    intent: oneOf(INTENTS, params.get(PARAM.intent)),
    urgency: oneOf(URGENCIES, params.get(PARAM.urgency)),
    from: dateParam(params.get(PARAM.from)),
    to: dateParam(params.get(PARAM.to)),
    search: (params.get(PARAM.search) ?? '').slice(0, 200),
    order: oneOf(INBOX_ORDERS, params.get(PARAM.order)) ?? DEFAULT_INBOX_VIEW.order,
    mine: params.get(PARAM.mine) === ASSIGNED_TO_ME,
  };
}

/** The query string for a view; defaults are left out so plain links stay short. */
export function serializeInboxView(view: InboxView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.tab !== DEFAULT_INBOX_VIEW.tab) {
    params.set(PARAM.tab, view.tab);
  }
  if (view.channels.length > 0) {
    params.set(PARAM.channels, view.channels.join(','));
  }
  for (const key of ['sentiment', 'intent', 'urgency', 'from', 'to'] as const) {
    const value = view[key];
    if (value !== null) {
      params.set(PARAM[key], value);
    }
  }
  if (view.search.trim() !== '') {
    params.set(PARAM.search, view.search.trim());
  }
  if (view.order !== DEFAULT_INBOX_VIEW.order) {
    params.set(PARAM.order, view.order);
  }
  if (view.mine) {
    params.set(PARAM.mine, ASSIGNED_TO_ME);
  }
  return params;
}

/** True when anything narrows the list beyond the status tab and the order. */
export function hasActiveFilters(view: InboxView): boolean {
  return (
    view.channels.length > 0 ||
    view.sentiment !== null ||
    view.intent !== null ||
    view.urgency !== null ||
    view.from !== null ||
    view.to !== null ||
    view.search.trim() !== '' ||
    view.mine
  );
}

/** The view with every filter cleared; the tab and the order stay. */
export function clearFilters(view: InboxView): InboxView {
  return { ...DEFAULT_INBOX_VIEW, tab: view.tab, order: view.order };
}

export function isStatusTab(tab: InboxTab): tab is CommentStatus {
  return tab !== 'all';
}
