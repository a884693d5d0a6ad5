import { Badge, type BadgeProps } from '@mantine/core';

import { SAMPLE_COLOR } from '../app/theme';

export interface SampleBadgeProps {
  size?: BadgeProps['size'];
}

/** Marks comments of the demo channels, which are invented and never real patients. */
export function SampleBadge({ size = 'xs' }: SampleBadgeProps) {
  return (
    <Badge
      size={size}
      variant="light"
      color={SAMPLE_COLOR}
      tt="none"
      fw={500}
      style={{ flexShrink: 0 }}
      aria-label="Sample data"
    >
      Sample
    </Badge>
  );
}
