import { ROLE_LABELS, ROLES } from '@bedside/domain';
import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';

import { toGraphqlValue } from '../../../ui/vocabulary';
import { useCreateUser } from '../hooks/useCreateUser';
import {
  type NewMemberErrors,
  type NewMemberFields,
  validateNewMember,
} from '../utils/member-form';
import { messageForAdmin } from '../utils/server-message';
import { CopyableSecret } from './CopyableSecret';
import { PasswordField } from './PasswordField';

const EMPTY: NewMemberFields = { email: '', displayName: '', role: 'agent', password: '' };
const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export interface AddMemberModalProps {
  opened: boolean;
  onClose: () => void;
}

/** E-mail, name, role and a first password; then the sign-in details to share, once. */
export function AddMemberModal({ opened, onClose }: AddMemberModalProps) {
  const [fields, setFields] = useState<NewMemberFields>(EMPTY);
  const [errors, setErrors] = useState<NewMemberErrors>({});
  const [created, setCreated] = useState<NewMemberFields | null>(null);
  const { createUser, isCreating, error, reset } = useCreateUser();

  const close = () => {
    setFields(EMPTY);
    setErrors({});
    setCreated(null);
    reset();
    onClose();
  };
  const set = (changes: Partial<NewMemberFields>) => {
    setFields((previous) => ({ ...previous, ...changes }));
    setErrors((previous) => ({
      ...previous,
      ...Object.fromEntries(Object.keys(changes).map((key) => [key, undefined])),
    }));
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateNewMember(fields);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      return;
    }
    const input = {
      email: fields.email.trim(),
      displayName: fields.displayName.trim(),
      role: toGraphqlValue(fields.role),
      password: fields.password,
    };
    if (await createUser(input)) {
      setCreated(fields);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={created ? 'Member added' : 'Add member'} centered>
      {created ? (
        <Stack gap="md">
          <Text size="sm">
            {created.displayName} can sign in now as <b>{created.email.trim().toLowerCase()}</b>{' '}
            with this password. Share it privately; they can change it from their account menu.
          </Text>
          <CopyableSecret label="password" value={created.password} />
          <Group justify="flex-end">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <Stack gap="md">
            <TextInput
              label="E-mail"
              type="email"
              autoComplete="off"
              data-autofocus
              value={fields.email}
              onChange={(event) => set({ email: event.currentTarget.value })}
              error={errors.email}
            />
            <TextInput
              label="Name"
              description="Shown to teammates."
              value={fields.displayName}
              onChange={(event) => set({ displayName: event.currentTarget.value })}
              error={errors.displayName}
            />
            <Select
              label="Role"
              data={ROLE_OPTIONS}
              value={fields.role}
              allowDeselect={false}
              onChange={(role) => set({ role: role ?? 'agent' })}
            />
            <PasswordField
              label="First password"
              value={fields.password}
              error={errors.password}
              onChange={(password) => set({ password })}
            />
            {error ? (
              <Alert color="red" variant="light" role="alert">
                <Text size="sm">{messageForAdmin(error)}</Text>
              </Alert>
            ) : null}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close} disabled={isCreating}>
                Cancel
              </Button>
              <Button type="submit" loading={isCreating}>
                Add member
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
