import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import {
  IconPencil,
  IconPlayerPause,
  IconPlayerPlay,
  IconPlugConnectedX,
  IconRefresh,
  IconStethoscope,
} from '@tabler/icons-react';

import { useChannelChecks } from '../hooks/useChannelChecks';
import type { ChannelCardData } from './ChannelCard';

export interface ChannelControlsProps {
  channel: Pick<ChannelCardData, 'id' | 'displayName'>;
  connection: Pick<NonNullable<ChannelCardData['connection']>, 'state' | 'polls'>;
  onEdit: () => void;
  onDisconnect: () => void;
}

/** Test, poll now, pause or resume, edit and disconnect one connected channel. */
export function ChannelControls({
  channel,
  connection,
  onEdit,
  onDisconnect,
}: ChannelControlsProps) {
  const checks = useChannelChecks(channel.id);
  const paused = connection.state === 'PAUSED';
  const name = channel.displayName;

  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Button
          size="xs"
          variant="default"
          leftSection={<IconStethoscope size={14} aria-hidden />}
          loading={checks.isTesting}
          disabled={checks.isBusy}
          onClick={() => void checks.test()}
          aria-label={`Test connection of ${name}`}
        >
          Test connection
        </Button>
        {connection.polls ? (
          <Button
            size="xs"
            variant="default"
            leftSection={<IconRefresh size={14} aria-hidden />}
            loading={checks.isPolling}
            disabled={checks.isBusy || paused}
            title={paused ? 'Resume the channel to poll it' : undefined}
            onClick={() => void checks.pollNow()}
            aria-label={`Poll now: ${name}`}
          >
            Poll now
          </Button>
        ) : null}
        {paused ? (
          <Button
            size="xs"
            variant="light"
            leftSection={<IconPlayerPlay size={14} aria-hidden />}
            disabled={checks.isBusy}
            onClick={() => void checks.resume()}
            aria-label={`Resume ${name}`}
          >
            Resume
          </Button>
        ) : (
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPlayerPause size={14} aria-hidden />}
            disabled={checks.isBusy}
            onClick={() => void checks.pause()}
            aria-label={`Pause ${name}`}
          >
            Pause
          </Button>
        )}
        <Button
          size="xs"
          variant="default"
          leftSection={<IconPencil size={14} aria-hidden />}
          onClick={onEdit}
          aria-label={`Edit ${name}`}
        >
          Edit
        </Button>
        <Button
          size="xs"
          variant="subtle"
          color="red"
          leftSection={<IconPlugConnectedX size={14} aria-hidden />}
          onClick={onDisconnect}
          aria-label={`Disconnect ${name}`}
        >
          Disconnect
        </Button>
      </Group>
      {checks.notice ? (
        <Alert
          color={checks.notice.ok ? 'green' : 'red'}
          variant="light"
          title={checks.notice.title}
          role={checks.notice.ok ? 'status' : 'alert'}
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={checks.dismiss}
        >
          <Text size="sm">{checks.notice.message}</Text>
        </Alert>
      ) : null}
    </Stack>
  );
}
