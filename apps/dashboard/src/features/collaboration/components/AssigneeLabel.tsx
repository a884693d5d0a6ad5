import { Group, Text } from '@mantine/core';
import { IconUserQuestion } from '@tabler/icons-react';

import { AuthorAvatar } from '../../../ui/AuthorAvatar';

export interface AssigneeLabelProps {
  assignee: { displayName: string } | null;
  /** The viewer's own assignment reads "You". */
  isViewer?: boolean;
}

/** The assignee's initials and name, or "Unassigned". */
export function AssigneeLabel({ assignee, isViewer = false }: AssigneeLabelProps) {
  if (!assignee) {
    return (
      <Group gap={6} wrap="nowrap">
        <IconUserQuestion size={18} color="var(--mantine-color-dimmed)" aria-hidden />
        <Text size="sm" c="dimmed">
          Unassigned
        </Text>
      </Group>
    );
  }
  return (
    <Group gap={6} wrap="nowrap" miw={0}>
      <AuthorAvatar name={assignee.displayName} size={24} />
      <Text size="sm" fw={500} truncate="end">
        <Text span size="xs" c="dimmed" fw={400}>
          Assigned to{' '}
        </Text>
        {isViewer ? `you (${assignee.displayName})` : assignee.displayName}
      </Text>
    </Group>
  );
}
