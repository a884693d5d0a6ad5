import { CHANNEL_KIND_LABELS } from '@bedside/domain';
import { Badge, Tooltip } from '@mantine/core';

import { DELETED_ON_PLATFORM_COLOR } from '../../../app/theme';
import type { ChannelKind } from '../../../gql/graphql';
import { formatExactTime } from '../../../ui/format-time';
import { toDomainValue } from '../../../ui/vocabulary';

export interface DeletedOnPlatformBadgeProps {
  kind: ChannelKind;
  deletedAt: string;
}

/**
 * The author deleted the comment on its platform. Bedside keeps it (the team may still need it
 * for a case or the record), but it is gone for the public, and so is the chance to answer it.
 */
export function DeletedOnPlatformBadge({ kind, deletedAt }: DeletedOnPlatformBadgeProps) {
  const platform = CHANNEL_KIND_LABELS[toDomainValue(kind)];
  const when = formatExactTime(deletedAt);
  return (
    <Tooltip label={`Deleted ${when}`}>
      <Badge
        size="sm"
        variant="outline"
        color={DELETED_ON_PLATFORM_COLOR}
        tt="none"
        fw={500}
        title={`Deleted ${when}`}
        style={{ flexShrink: 0 }}
      >
        Deleted on {platform}
      </Badge>
    </Tooltip>
  );
}
