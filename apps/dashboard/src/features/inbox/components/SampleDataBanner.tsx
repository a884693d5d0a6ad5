import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFlask, IconTrash } from '@tabler/icons-react';

import { describeError } from '../../../app/apollo-client';
import { SAMPLE_COLOR } from '../../../app/theme';
import { useViewerCan } from '../../session/ViewerContext';
import { useRemoveSampleData } from '../hooks/useRemoveSampleData';

export interface SampleDataBannerProps {
  /** Called once the sample data is gone. */
  onRemoved: () => void;
}

/**
 * Says plainly that the inbox holds invented comments, and offers managers and admins (who may)
 * to remove them.
 */
export function SampleDataBanner({ onRemoved }: SampleDataBannerProps) {
  const canManageSample = useViewerCan('manager');
  const [isConfirming, confirm] = useDisclosure(false);
  const { removeSampleData, isRemoving, error } = useRemoveSampleData();

  async function onConfirm(): Promise<void> {
    if (await removeSampleData()) {
      confirm.close();
      onRemoved();
    }
  }

  return (
    <>
      <Alert
        color={SAMPLE_COLOR}
        variant="light"
        radius="md"
        py={8}
        icon={<IconFlask size={18} aria-hidden />}
        aria-label="Sample data"
      >
        <Group justify="space-between" gap="sm" wrap="nowrap">
          <Text size="sm">
            <Text span fw={600} size="sm">
              You are looking at sample data for a fictional hospital.
            </Text>{' '}
            Every comment, name and number here is invented.
          </Text>
          {canManageSample ? (
            <Button
              size="compact-sm"
              variant="subtle"
              color={SAMPLE_COLOR}
              leftSection={<IconTrash size={14} aria-hidden />}
              onClick={confirm.open}
              style={{ flexShrink: 0 }}
            >
              Remove sample data
            </Button>
          ) : null}
        </Group>
      </Alert>
      <Modal opened={isConfirming} onClose={confirm.close} title="Remove sample data?" centered>
        <Stack gap="md">
          <Text size="sm">
            This deletes the sample channels with all their posts and comments. Your own channels
            are not touched. You can load the sample again from the empty inbox.
          </Text>
          {error ? (
            <Text size="sm" c="red" role="alert">
              {describeError(error).message}
            </Text>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={confirm.close} disabled={isRemoving}>
              Keep it
            </Button>
            <Button color="red" loading={isRemoving} onClick={() => void onConfirm()}>
              Remove sample data
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
