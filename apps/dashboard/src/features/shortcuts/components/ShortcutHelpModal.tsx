import { Group, Kbd, Modal, Stack, Table, Text, Title } from '@mantine/core';

import { formatKey, groupShortcutsByScope, SHORTCUT_SCOPE_LABELS } from '../shortcut-registry';

export interface ShortcutHelpModalProps {
  opened: boolean;
  onClose: () => void;
}

/** The `?` help: every shortcut of the registry, grouped by where it works. */
export function ShortcutHelpModal({ opened, onClose }: ShortcutHelpModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Keyboard shortcuts" size="md" centered>
      <Stack gap="lg">
        {groupShortcutsByScope().map(({ scope, shortcuts }) => (
          <section key={scope} aria-labelledby={`shortcut-scope-${scope}`}>
            <Title order={3} size="sm" c="dimmed" fw={600} mb={6} id={`shortcut-scope-${scope}`}>
              {SHORTCUT_SCOPE_LABELS[scope]}
            </Title>
            <Table verticalSpacing={6} withRowBorders={false}>
              <Table.Tbody>
                {shortcuts.map((shortcut) => (
                  <Table.Tr key={shortcut.id} data-shortcut={shortcut.id}>
                    <Table.Td w={90}>
                      <Group gap={4}>
                        <Kbd size="sm">{formatKey(shortcut.key)}</Kbd>
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{shortcut.description}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </section>
        ))}
        <Text size="xs" c="dimmed">
          Shortcuts pause while you type in a field.
        </Text>
      </Stack>
    </Modal>
  );
}
