import {
  type ChannelKind,
  type Intent,
  isChannelKind,
  type SentimentLabel,
  type Urgency,
} from '@bedside/domain';

import type { ReportGranularity } from '../../../gql/graphql';
import { toDomainValue } from '../../../ui/vocabulary';
import { DEFAULT_INBOX_VIEW, serializeInboxView } from '../../inbox/utils/inbox-view';
import { localDay } from '../../inbox/utils/today';
import { bucketLength } from './report-format';

/** A channel as the report names it. */
export interface ReportChannel {
  id: string;
  kind: string;
  displayName: string;
}

/** A stretch of time, ISO instants, `to` excluded. */
export interface TimeWindow {
  from: string;
  to: string;
}

/** What every chart of a report needs to name its numbers and open the comments behind them. */
export interface ReportScope {
  range: TimeWindow & { granularity: ReportGranularity };
  /** Every channel, for names and kinds. */
  channels: readonly ReportChannel[];
  /** The channels the report is limited to; every channel when empty. */
  channelIds: readonly string[];
}

export interface InboxDrillDown {
  /** The channels (ids) the numbers came from; every channel when empty. */
  channelIds: readonly string[];
  channels: readonly ReportChannel[];
  window: TimeWindow;
  sentiment?: SentimentLabel | null;
  intent?: Intent | null;
  urgency?: Urgency | null;
}

/** The kinds of the given channels, in a stable order, without repeats. */
function kindsOf(channelIds: readonly string[], channels: readonly ReportChannel[]): ChannelKind[] {
  const kinds = new Set<ChannelKind>();
  for (const id of channelIds) {
    const channel = channels.find((candidate) => candidate.id === id);
    const kind = channel ? toDomainValue(channel.kind) : null;
    if (kind && isChannelKind(kind)) {
      kinds.add(kind);
    }
  }
  return [...kinds].sort();
}

/** The time one bucket of a series covers, trimmed to the report's range. */
export function bucketWindow(
  bucket: string,
  granularity: ReportGranularity,
  range: TimeWindow,
): TimeWindow {
  const start = Date.parse(bucket);
  const end = start + bucketLength(granularity);
  return {
    from: new Date(Math.max(start, Date.parse(range.from))).toISOString(),
    to: new Date(Math.min(end, Date.parse(range.to))).toISOString(),
  };
}

/**
 * The inbox, filtered as close as it can be to the comments behind a number of the report, on
 * every status (`status=all`): the report counts comments whatever became of them.
 *
 * The inbox filters by what its URL supports (`inbox-view.ts`), which is coarser than the report:
 * - channels by platform (`channel=facebook`), not by channel id, so a bucket of one Facebook page
 *   opens the comments of every Facebook page Bedside watches;
 * - dates by whole local days (`from`/`to`, both included), not by instants, so an hour bucket
 *   opens its whole day, and a day bucket (a UTC day) opens the one or two local days it
 *   overlaps.
 * Sentiment, intent and urgency map one to one.
 */
export function inboxHref({
  channelIds,
  channels,
  window,
  sentiment = null,
  intent = null,
  urgency = null,
}: InboxDrillDown): string {
  const lastInstant = Math.max(Date.parse(window.from), Date.parse(window.to) - 1);
  const params = serializeInboxView({
    ...DEFAULT_INBOX_VIEW,
    tab: 'all',
    channels: kindsOf(channelIds, channels),
    sentiment,
    intent,
    urgency,
    from: localDay(new Date(window.from)),
    to: localDay(new Date(lastInstant)),
  });
  return `/inbox?${params.toString()}`;
}
