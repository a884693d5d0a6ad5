import { Box, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';

import { URGENCY_COLORS } from '../../../app/theme';
import { useAlertSound } from '../hooks/useAlertSound';
import { useOpenAlerts } from '../hooks/useOpenAlerts';
import { CriticalAlertRow } from './CriticalAlertRow';

/** Rows shown at once; the rest wait behind "and N more" so the inbox stays usable. */
const MAX_ROWS = 3;

const RED = `var(--mantine-color-${URGENCY_COLORS.critical}-8)`;

/**
 * A red band across the top of every signed-in page while any emergency or self-harm comment
 * waits for someone to acknowledge it, with a beep when a new one arrives. It never shows the
 * comment's words: those are one click away, where opening PHI is audited.
 */
export function CriticalAlertBanner() {
  const { alerts, error } = useOpenAlerts();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const alertIds = useMemo(() => (alerts ?? []).map((alert) => alert.id), [alerts]);
  useAlertSound(alertIds);

  if (!alerts) {
    return error ? (
      <Box px="lg" py={4} bg="orange.1" role="status">
        <Text size="xs" c="orange.9">
          Bedside cannot check for critical alerts right now; it keeps trying.
        </Text>
      </Box>
    ) : null;
  }
  if (alerts.length === 0) {
    return null;
  }

  function openComment(commentId: string): void {
    // In the inbox the filters stay as they are; from elsewhere the inbox opens unfiltered.
    void navigate({
      pathname: `/inbox/${encodeURIComponent(commentId)}`,
      search: pathname.startsWith('/inbox') ? search : '',
    });
  }

  const hidden = alerts.length - MAX_ROWS;
  return (
    <Box
      role="alert"
      aria-label="Critical alerts"
      px="lg"
      py={8}
      style={{ background: RED, color: 'white', flexShrink: 0 }}
    >
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <IconAlertTriangle size={20} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          {alerts.slice(0, MAX_ROWS).map((alert) => (
            <CriticalAlertRow key={alert.id} alert={alert} onOpenComment={openComment} />
          ))}
          {hidden > 0 ? (
            <Text size="sm" c="white" fw={600}>
              and {hidden} more critical {hidden === 1 ? 'alert' : 'alerts'}: acknowledge the ones
              above to see them.
            </Text>
          ) : null}
        </Stack>
      </Group>
    </Box>
  );
}
