import { CASE_STATUS_LABELS } from '@bedside/domain';
import { Badge, type BadgeProps } from '@mantine/core';

import { CASE_STATUS_COLORS } from '../../../app/theme';
import type { CaseStatus } from '../../../gql/graphql';
import { toDomainValue } from '../../../ui/vocabulary';

export interface CaseStatusBadgeProps {
  status: CaseStatus;
  size?: BadgeProps['size'];
}

/** Where a case is in its workflow. */
export function CaseStatusBadge({ status, size = 'sm' }: CaseStatusBadgeProps) {
  const value = toDomainValue(status);
  return (
    <Badge size={size} variant="dot" color={CASE_STATUS_COLORS[value]} tt="none" fw={500}>
      {CASE_STATUS_LABELS[value]}
    </Badge>
  );
}
