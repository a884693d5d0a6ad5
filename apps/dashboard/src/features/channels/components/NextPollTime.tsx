import { Text } from '@mantine/core';

import { formatExactTime, formatRelativeTime } from '../../../ui/format-time';
import { useNow } from '../../../ui/useNow';

export interface NextPollTimeProps {
  nextPollAt: string | null;
  paused: boolean;
  polls: boolean;
}

/**
 * When Bedside asks the platform next. A time already past reads "due now" rather than "1 minute
 * ago": the poller picks due channels up on its next round.
 */
export function NextPollTime({ nextPollAt, paused, polls }: NextPollTimeProps) {
  const now = useNow();
  let text = 'Not scheduled';
  if (!polls) {
    text = 'Webhooks only';
  } else if (paused) {
    text = 'None while paused';
  } else if (nextPollAt) {
    text = Date.parse(nextPollAt) <= now ? 'Due now' : formatRelativeTime(nextPollAt, now);
  }
  return (
    <Text
      size="sm"
      title={nextPollAt && polls && !paused ? formatExactTime(nextPollAt) : undefined}
    >
      {text}
    </Text>
  );
}
