import { ColorSwatch, Group, Text, Tooltip } from '@mantine/core';

import { HEALTH_COLORS } from '../../../app/theme';
import { useServerHealth } from '../hooks/useServerHealth';

const LABELS = {
  up: 'Connected',
  down: 'Server unreachable',
  unknown: 'Checking…',
} as const;

const DETAILS = {
  up: 'The Bedside server and its database are answering.',
  down: 'Bedside cannot reach its server or database. New comments will not appear.',
  unknown: 'Checking the connection to the Bedside server.',
} as const;

/** A small dot in the header: is the server (and its database) answering? */
export function HealthIndicator() {
  const health = useServerHealth();
  return (
    <Tooltip label={DETAILS[health]}>
      <Group
        gap={6}
        wrap="nowrap"
        role="status"
        tabIndex={0}
        aria-label={`Server status: ${LABELS[health]}`}
      >
        <ColorSwatch
          color={`var(--mantine-color-${HEALTH_COLORS[health]}-6)`}
          size={8}
          withShadow={false}
          aria-hidden
        />
        <Text size="xs" c="dimmed" aria-hidden>
          {LABELS[health]}
        </Text>
      </Group>
    </Tooltip>
  );
}
