import { ROLE_LABELS } from '@bedside/domain';
import { Button, Group, Kbd, Loader, Select, Text } from '@mantine/core';
import { IconUserMinus, IconUserQuestion } from '@tabler/icons-react';
import type { Ref } from 'react';

import { AuthorAvatar } from '../../../ui/AuthorAvatar';
import { toDomainValue } from '../../../ui/vocabulary';
import { formatKey, getShortcut } from '../../shortcuts/shortcut-registry';
import type { Assignee } from '../hooks/useAssignComment';
import { useTeamMembers } from '../hooks/useTeamMembers';

export interface AssigneePickerProps {
  assignee: Assignee | null;
  isAssigning: boolean;
  onAssign: (member: Assignee | null) => void;
  /** Focusing it opens the list: the `a` shortcut does that. */
  inputRef: Ref<HTMLInputElement>;
}

/** Managers: a searchable list of active teammates, and "Unassign". */
export function AssigneePicker({ assignee, isAssigning, onAssign, inputRef }: AssigneePickerProps) {
  const { members, isLoading, error } = useTeamMembers();
  const shortcut = getShortcut('assignComment');
  // The current assignee stays choosable even if they were deactivated since.
  const choices =
    assignee && !members.some((member) => member.id === assignee.id)
      ? [assignee, ...members]
      : members;
  const data = choices.map((member) => ({ value: member.id, label: member.displayName }));

  return (
    <Group gap="xs" wrap="nowrap">
      <Select
        ref={inputRef}
        aria-label="Assignee"
        aria-keyshortcuts={shortcut.key}
        placeholder={error ? 'Teammates did not load' : 'Unassigned'}
        data={data}
        value={assignee?.id ?? null}
        onChange={(id) => {
          const member = choices.find((candidate) => candidate.id === id) ?? null;
          if (member && member.id !== assignee?.id) {
            onAssign(member);
          }
        }}
        allowDeselect={false}
        searchable
        nothingFoundMessage="Nobody by that name"
        disabled={isAssigning}
        size="xs"
        w={220}
        leftSection={
          assignee ? (
            <AuthorAvatar name={assignee.displayName} size={20} />
          ) : (
            <IconUserQuestion size={16} aria-hidden />
          )
        }
        rightSection={
          isLoading || isAssigning ? (
            <Loader size={12} aria-label="Loading" />
          ) : (
            <Kbd size="xs" aria-hidden>
              {formatKey(shortcut.key)}
            </Kbd>
          )
        }
        rightSectionPointerEvents="none"
        renderOption={({ option }) => {
          const member = choices.find((candidate) => candidate.id === option.value);
          return (
            <Group gap="xs" wrap="nowrap">
              <AuthorAvatar name={option.label} size={20} />
              <Text size="sm">{option.label}</Text>
              {member ? (
                <Text size="xs" c="dimmed">
                  {ROLE_LABELS[toDomainValue(member.role)]}
                </Text>
              ) : null}
            </Group>
          );
        }}
      />
      {assignee ? (
        <Button
          size="compact-sm"
          variant="subtle"
          color="slate"
          leftSection={<IconUserMinus size={15} aria-hidden />}
          disabled={isAssigning}
          onClick={() => onAssign(null)}
        >
          Unassign
        </Button>
      ) : null}
    </Group>
  );
}
