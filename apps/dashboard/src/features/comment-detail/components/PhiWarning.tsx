import { Alert, Text } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';

import { PHI_COLOR } from '../../../app/theme';

/** Shown above a comment that holds protected health information. */
export function PhiWarning() {
  return (
    <Alert
      color={PHI_COLOR}
      variant="light"
      radius="md"
      py={8}
      icon={<IconShieldLock size={18} aria-hidden />}
      role="note"
    >
      <Text size="sm" fw={600}>
        Contains PHI — do not repeat it in a reply
      </Text>
      <Text size="xs" c="dimmed">
        Highlighted words identify a patient. Answer publicly without them, or move the conversation
        to a private channel.
      </Text>
    </Alert>
  );
}
