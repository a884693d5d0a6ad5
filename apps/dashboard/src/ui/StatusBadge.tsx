import { COMMENT_STATUS_LABELS } from '@bedside/domain';
import { Badge, type BadgeProps } from '@mantine/core';

import { STATUS_COLORS } from '../app/theme';
import type { CommentStatus } from '../gql/graphql';
import { toDomainValue } from './vocabulary';

export interface StatusBadgeProps {
  status: CommentStatus;
  size?: BadgeProps['size'];
}

/** Where a comment is in the team's workflow. */
export function StatusBadge({ status, size = 'sm' }: StatusBadgeProps) {
  const value = toDomainValue(status);
  return (
    <Badge
      size={size}
      variant="dot"
      color={STATUS_COLORS[value]}
      tt="none"
      fw={500}
      style={{ flexShrink: 0 }}
    >
      {COMMENT_STATUS_LABELS[value]}
    </Badge>
  );
}
