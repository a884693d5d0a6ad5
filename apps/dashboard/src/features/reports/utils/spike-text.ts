import type { ReportChannel } from './inbox-links';
import { formatDateTime } from './report-format';

const timeFormat = new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' });

/** "Comment volume spike" or "Negative sentiment spike". */
export function spikeTitle(kind: string): string {
  return kind === 'negative' ? 'Negative sentiment spike' : 'Comment volume spike';
}

/** The channel a spike was seen on, or every channel. */
export function spikeChannelName(
  channelId: string | null | undefined,
  channels: readonly ReportChannel[],
): string {
  if (!channelId) {
    return 'All channels';
  }
  return channels.find((channel) => channel.id === channelId)?.displayName ?? 'Unknown channel';
}

/** "Jan 15, 2:00 PM – 3:00 PM": the hour the spike was seen in. */
export function spikeWindow(windowStart: string, windowEnd: string): string {
  return `${formatDateTime(windowStart)} – ${timeFormat.format(new Date(windowEnd))}`;
}
