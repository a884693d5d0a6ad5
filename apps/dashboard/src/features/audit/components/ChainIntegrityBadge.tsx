import { ActionIcon, Badge, Group, Loader, Tooltip } from '@mantine/core';
import { IconRefresh, IconShieldCheck, IconShieldX } from '@tabler/icons-react';

import { formatCount } from '../utils/format-audit';

export interface ChainIntegrityBadgeProps {
  /** Null while the check runs or when it failed. */
  status: {
    intact: boolean;
    checkedCount: number;
    brokenAtSeq?: number | null;
    reason?: string | null;
  } | null;
  isChecking: boolean;
  hasFailed: boolean;
  onCheckAgain: () => void;
}

/**
 * Whether the audit trail's hash chain is intact: green with the number of events checked, or red
 * naming the first broken link (a changed or deleted event).
 */
export function ChainIntegrityBadge({
  status,
  isChecking,
  hasFailed,
  onCheckAgain,
}: ChainIntegrityBadgeProps) {
  let badge;
  if (isChecking || (!status && !hasFailed)) {
    badge = (
      <Badge
        size="lg"
        variant="light"
        color="slate"
        leftSection={<Loader size={12} color="slate" />}
        tt="none"
      >
        Checking the chain…
      </Badge>
    );
  } else if (!status) {
    badge = (
      <Badge size="lg" variant="light" color="slate" tt="none">
        Chain check failed
      </Badge>
    );
  } else if (status.intact) {
    badge = (
      <Badge
        size="lg"
        variant="light"
        color="teal"
        leftSection={<IconShieldCheck size={15} aria-hidden />}
        tt="none"
      >
        Chain intact · {formatCount(status.checkedCount)} events checked
      </Badge>
    );
  } else {
    badge = (
      <Tooltip label={status.reason ?? 'An event was changed or deleted.'}>
        <Badge
          size="lg"
          variant="filled"
          color="red"
          leftSection={<IconShieldX size={15} aria-hidden />}
          tt="none"
        >
          Broken at #{status.brokenAtSeq}
        </Badge>
      </Tooltip>
    );
  }
  return (
    <Group gap={4} wrap="nowrap" role="status" aria-live="polite">
      {badge}
      <Tooltip label="Check the chain again">
        <ActionIcon
          variant="subtle"
          color="slate"
          aria-label="Check the chain again"
          onClick={onCheckAgain}
          disabled={isChecking}
        >
          <IconRefresh size={16} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
