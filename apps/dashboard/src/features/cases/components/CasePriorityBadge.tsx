import { Badge, type BadgeProps } from '@mantine/core';

import { URGENCY_COLORS } from '../../../app/theme';
import type { Urgency } from '../../../gql/graphql';
import { URGENCY_LABELS } from '../../../ui/labels';
import { toDomainValue } from '../../../ui/vocabulary';

export interface CasePriorityBadgeProps {
  priority: Urgency;
  size?: BadgeProps['size'];
}

/** A case's priority, coloured like the urgency it comes from. */
export function CasePriorityBadge({ priority, size = 'sm' }: CasePriorityBadgeProps) {
  const value = toDomainValue(priority);
  return (
    <Badge
      size={size}
      variant="light"
      color={URGENCY_COLORS[value]}
      tt="none"
      aria-label={`${URGENCY_LABELS[value]} priority`}
    >
      {URGENCY_LABELS[value]}
    </Badge>
  );
}
