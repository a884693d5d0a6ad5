import type { CommentFilter, CommentOrder } from '../../../gql/graphql';
import { toGraphqlValue } from '../../../ui/vocabulary';
import { type InboxView, isStatusTab } from './inbox-view';

/** Local midnight at the start of a `YYYY-MM-DD` day, as an ISO instant. */
export function startOfLocalDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date).toISOString();
}

/** Local midnight after a `YYYY-MM-DD` day: the exclusive end of a range that includes it. */
export function endOfLocalDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(year, month - 1, date + 1).toISOString();
}

/**
 * The GraphQL filter for the list: the view's filters plus its status tab. `viewerId` is whom
 * "Assigned to me" means.
 */
export function toCommentFilter(view: InboxView, viewerId?: string): CommentFilter {
  const filter: CommentFilter = {};
  if (view.mine && viewerId) {
    filter.assigneeId = viewerId;
  }
  if (isStatusTab(view.tab)) {
    filter.status = [toGraphqlValue(view.tab)];
  }
  if (view.channels.length > 0) {
    filter.channel = view.channels.map(toGraphqlValue);
  }
  if (view.sentiment) {
    filter.sentiment = [toGraphqlValue(view.sentiment)];
  }
  if (view.intent) {
    filter.intent = [toGraphqlValue(view.intent)];
  }
  if (view.urgency) {
    filter.urgency = [toGraphqlValue(view.urgency)];
  }
  if (view.from) {
    filter.createdAfter = startOfLocalDay(view.from);
  }
  if (view.to) {
    filter.createdBefore = endOfLocalDay(view.to);
  }
  const search = view.search.trim();
  if (search) {
    filter.search = search;
  }
  return filter;
}

/**
 * The filter for the tab badges: the same, without the status, since every tab counts its own.
 * Keeping the status out also lets all tabs share one cached set of counts.
 */
export function toCountsFilter(view: InboxView, viewerId?: string): CommentFilter {
  const { status: _status, ...filter } = toCommentFilter(view, viewerId);
  return filter;
}

export function toCommentOrder(view: InboxView): CommentOrder {
  return toGraphqlValue(view.order);
}
