import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';

import { useUpdateUser } from '../hooks/useUpdateUser';
import { messageForAdmin } from '../utils/server-message';
import { type Member, memberRoleLabel } from './MemberRow';

/** A change to an account that signs its owner out or in, so it is confirmed first. */
export type MemberChange =
  | { kind: 'role'; member: Member; role: Member['role'] }
  | { kind: 'deactivate' | 'reactivate'; member: Member };

export interface ConfirmMemberChangeModalProps {
  /** The change to confirm; null when closed. */
  change: MemberChange | null;
  onClose: () => void;
}

function describe(change: MemberChange): { title: string; body: string; confirm: string } {
  const name = change.member.displayName;
  switch (change.kind) {
    case 'role':
      return {
        title: 'Change role',
        body: `Make ${name} ${/^[AEIOU]/i.test(memberRoleLabel(change.role)) ? 'an' : 'a'} ${memberRoleLabel(change.role)}? ${name} is signed out everywhere and signs in again with the new role.`,
        confirm: 'Change role',
      };
    case 'deactivate':
      return {
        title: 'Deactivate member',
        body: `Deactivate ${name}? ${name} is signed out at once and cannot sign in until reactivated. Their past actions stay in the audit trail.`,
        confirm: 'Deactivate',
      };
    case 'reactivate':
      return {
        title: 'Reactivate member',
        body: `Reactivate ${name}? ${name} can sign in again with their password.`,
        confirm: 'Reactivate',
      };
  }
}

/** Asks before a role change, deactivation or reactivation, and shows why the server refused. */
export function ConfirmMemberChangeModal({ change, onClose }: ConfirmMemberChangeModalProps) {
  // Kept while the modal animates closed, so its text does not vanish mid-way.
  const [shown, setShown] = useState(change);
  if (change !== null && change !== shown) {
    setShown(change);
  }
  const { updateUser, isUpdating, error, reset } = useUpdateUser();
  const close = () => {
    reset();
    onClose();
  };
  const confirm = async () => {
    if (!change) {
      return;
    }
    const input =
      change.kind === 'role'
        ? { id: change.member.id, role: change.role }
        : { id: change.member.id, active: change.kind === 'reactivate' };
    if (await updateUser(input)) {
      close();
    }
  };
  const text = shown ? describe(shown) : null;
  return (
    <Modal opened={change !== null} onClose={close} title={text?.title} centered>
      <Stack gap="md">
        <Text size="sm">{text?.body}</Text>
        {error ? (
          <Alert color="red" variant="light" role="alert">
            <Text size="sm">{messageForAdmin(error)}</Text>
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} disabled={isUpdating}>
            Cancel
          </Button>
          <Button
            color={shown?.kind === 'deactivate' ? 'red' : undefined}
            loading={isUpdating}
            onClick={() => void confirm()}
            data-autofocus
          >
            {text?.confirm}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
