import { CONNECTION_HEALTH_LABELS } from '@bedside/domain';
import { Badge, Group } from '@mantine/core';

import { CONNECTION_HEALTH_COLORS, PAUSED_COLOR } from '../../../app/theme';
import type { ConnectionHealth, ConnectionState } from '../../../gql/graphql';
import { toDomainValue } from '../../../ui/vocabulary';

export interface ConnectionHealthBadgeProps {
  health: ConnectionHealth;
  state: ConnectionState;
}

/** What the last contact with the platform said, and whether the admin paused the channel. */
export function ConnectionHealthBadge({ health, state }: ConnectionHealthBadgeProps) {
  const value = toDomainValue(health);
  return (
    <Group gap={6} wrap="nowrap">
      <Badge
        variant="light"
        color={CONNECTION_HEALTH_COLORS[value]}
        tt="none"
        data-health={value}
        style={{ flexShrink: 0 }}
      >
        {CONNECTION_HEALTH_LABELS[value]}
      </Badge>
      {state === 'PAUSED' ? (
        <Badge variant="outline" color={PAUSED_COLOR} tt="none" style={{ flexShrink: 0 }}>
          Paused
        </Badge>
      ) : null}
    </Group>
  );
}
