import { Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';

import type { FragmentType } from '../../../gql';
import { useNow } from '../../../ui/useNow';
import { AddMemberModal } from './AddMemberModal';
import { ConfirmMemberChangeModal, type MemberChange } from './ConfirmMemberChangeModal';
import { type Member, MemberRow, type MemberRowFragment } from './MemberRow';
import { ResetPasswordModal } from './ResetPasswordModal';

export interface MembersPanelProps {
  members: ReadonlyArray<FragmentType<typeof MemberRowFragment> & { id: string }>;
  /** The signed-in admin's id. */
  viewerId: string;
}

/** The team's accounts, with adding, role changes, deactivation and password resets. */
export function MembersPanel({ members, viewerId }: MembersPanelProps) {
  const now = useNow();
  const [isAdding, setIsAdding] = useState(false);
  const [change, setChange] = useState<MemberChange | null>(null);
  const [resetting, setResetting] = useState<Member | null>(null);
  return (
    <>
      <Group justify="space-between" px="lg" py="sm">
        <Text size="sm" c="dimmed">
          {members.length} {members.length === 1 ? 'account' : 'accounts'}. A new role or a
          deactivation signs the person out at once.
        </Text>
        <Button
          leftSection={<IconUserPlus size={16} aria-hidden />}
          onClick={() => setIsAdding(true)}
        >
          Add member
        </Button>
      </Group>
      <Table verticalSpacing="sm" horizontalSpacing="lg" highlightOnHover aria-label="Team members">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Member</Table.Th>
            <Table.Th w={180}>Role</Table.Th>
            <Table.Th w={170}>Status</Table.Th>
            <Table.Th w={180}>Last sign-in</Table.Th>
            <Table.Th w={60}>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member) => (
            <MemberRow
              key={member.id}
              member={member}
              isViewer={member.id === viewerId}
              now={now}
              onChangeRole={(target, role) => setChange({ kind: 'role', member: target, role })}
              onResetPassword={setResetting}
              onSetActive={(target, active) =>
                setChange({ kind: active ? 'reactivate' : 'deactivate', member: target })
              }
            />
          ))}
        </Table.Tbody>
      </Table>
      <AddMemberModal opened={isAdding} onClose={() => setIsAdding(false)} />
      <ConfirmMemberChangeModal change={change} onClose={() => setChange(null)} />
      <ResetPasswordModal member={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
