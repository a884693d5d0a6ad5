import { Button, Group, Modal, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

export interface DoubleReplyModalProps {
  /** The warning to confirm; null keeps the modal closed. */
  message: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * "Dana is already drafting a reply to this comment. Reply anyway?" Cancel has the focus: a
 * stray Enter must not send the patient a second answer.
 */
export function DoubleReplyModal({ message, onConfirm, onCancel }: DoubleReplyModalProps) {
  return (
    <Modal
      opened={message !== null}
      onClose={onCancel}
      title={
        <Group gap="xs" wrap="nowrap">
          <IconAlertTriangle size={18} color="var(--mantine-color-orange-7)" aria-hidden />
          <Text fw={600}>Someone else is on this comment</Text>
        </Group>
      }
      centered
      size="md"
    >
      <Text size="sm">{message}</Text>
      <Group justify="flex-end" gap="xs" mt="lg">
        <Button variant="default" onClick={onCancel} data-autofocus>
          Cancel
        </Button>
        <Button color="orange" onClick={onConfirm}>
          Reply anyway
        </Button>
      </Group>
    </Modal>
  );
}
