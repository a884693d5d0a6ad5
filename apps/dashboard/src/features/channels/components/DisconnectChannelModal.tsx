import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';

import { messageForAdmin } from '../../team/utils/server-message';
import { useDisconnectChannel } from '../hooks/useDisconnectChannel';
import type { ChannelCardData } from './ChannelCard';

export interface DisconnectChannelModalProps {
  channel: Pick<ChannelCardData, 'id' | 'displayName'>;
  onClose: () => void;
}

/** Asks before forgetting a channel's credentials, saying plainly that its comments stay. */
export function DisconnectChannelModal({ channel, onClose }: DisconnectChannelModalProps) {
  const { disconnectChannel, isDisconnecting, error } = useDisconnectChannel();
  const confirm = async () => {
    if (await disconnectChannel(channel.id)) {
      onClose();
    }
  };
  return (
    <Modal opened onClose={onClose} title="Disconnect channel" centered>
      <Stack gap="md">
        <Text size="sm">
          Disconnect {channel.displayName}? Bedside forgets its credentials and stops receiving
          comments from it and posting replies to it.
        </Text>
        <Text size="sm">
          Every comment it brought stays in the inbox, with its notes, replies and cases. You can
          connect the account again later.
        </Text>
        {error ? (
          <Alert color="red" variant="light" role="alert">
            <Text size="sm">{messageForAdmin(error)}</Text>
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} disabled={isDisconnecting}>
            Cancel
          </Button>
          <Button color="red" loading={isDisconnecting} onClick={() => void confirm()}>
            Disconnect
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
