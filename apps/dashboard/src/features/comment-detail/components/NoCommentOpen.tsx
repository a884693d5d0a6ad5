import { Group, Kbd, Stack, Text } from '@mantine/core';
import { IconMessages } from '@tabler/icons-react';

import { EmptyState } from '../../../ui/EmptyState';
import { formatKey, getShortcut, type ShortcutId } from '../../shortcuts/shortcut-registry';

const HINTS: readonly ShortcutId[] = ['selectNext', 'selectPrevious', 'openSelected', 'showHelp'];

/** The detail pane before a comment is opened: how to open one. */
export function NoCommentOpen() {
  return (
    <Stack h="100%" justify="center">
      <EmptyState
        icon={<IconMessages size={28} />}
        title="Pick a comment"
        description="Open a comment to read its thread, see why triage flagged it and change its status."
        color="slate"
      >
        <Stack gap={6} align="center">
          {HINTS.map((id) => {
            const shortcut = getShortcut(id);
            return (
              <Group key={id} gap={8}>
                <Kbd size="xs">{formatKey(shortcut.key)}</Kbd>
                <Text size="xs" c="dimmed">
                  {shortcut.description}
                </Text>
              </Group>
            );
          })}
        </Stack>
      </EmptyState>
    </Stack>
  );
}
