import { Text, type TextProps, Tooltip } from '@mantine/core';

import { formatExactTime, formatRelativeTime } from './format-time';
import { useNow } from './useNow';

export type TimeAgoProps = {
  /** ISO 8601 timestamp. */
  value: string;
  /** Show the exact time in a tooltip on hover; rows of a long list leave it off. */
  withTooltip?: boolean;
} & Pick<TextProps, 'size' | 'c' | 'fw'>;

/** "3 minutes ago", refreshed every minute; the exact time shows on hover. */
export function TimeAgo({
  value,
  withTooltip = true,
  size = 'xs',
  c = 'dimmed',
  fw,
}: TimeAgoProps) {
  const now = useNow();
  const text = (
    <Text component="time" dateTime={value} size={size} c={c} fw={fw} style={{ flexShrink: 0 }}>
      {formatRelativeTime(value, now)}
    </Text>
  );
  return withTooltip ? <Tooltip label={formatExactTime(value)}>{text}</Tooltip> : text;
}
