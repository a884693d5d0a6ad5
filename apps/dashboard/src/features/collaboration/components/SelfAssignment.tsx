import { Button, Kbd, Text } from '@mantine/core';
import { IconHandGrab, IconHandOff } from '@tabler/icons-react';

import { formatKey, getShortcut } from '../../shortcuts/shortcut-registry';
import { AssigneeLabel } from './AssigneeLabel';

export interface SelfAssignmentProps {
  assignee: { id: string; displayName: string } | null;
  viewerId: string;
  isAssigning: boolean;
  onTake: () => void;
  onGiveBack: () => void;
}

/**
 * Agents and reviewers: "Take it" when nobody has the comment, "Give back" when they do. Someone
 * else's comment only a manager can hand over, so it shows who has it and nothing to press.
 */
export function SelfAssignment({
  assignee,
  viewerId,
  isAssigning,
  onTake,
  onGiveBack,
}: SelfAssignmentProps) {
  const shortcut = getShortcut('assignComment');
  const isMine = assignee?.id === viewerId;
  return (
    <>
      <AssigneeLabel assignee={assignee} isViewer={isMine} />
      {!assignee ? (
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconHandGrab size={15} aria-hidden />}
          rightSection={
            <Kbd size="xs" aria-hidden>
              {formatKey(shortcut.key)}
            </Kbd>
          }
          aria-keyshortcuts={shortcut.key}
          loading={isAssigning}
          onClick={onTake}
        >
          Take it
        </Button>
      ) : null}
      {isMine ? (
        <Button
          size="compact-sm"
          variant="subtle"
          color="slate"
          leftSection={<IconHandOff size={15} aria-hidden />}
          loading={isAssigning}
          onClick={onGiveBack}
        >
          Give back
        </Button>
      ) : null}
      {assignee && !isMine ? (
        <Text size="xs" c="dimmed">
          Only a manager can reassign it
        </Text>
      ) : null}
    </>
  );
}
