import { ROLE_LABELS, ROLES } from '@bedside/domain';
import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';

import type { Role } from '../../../gql/graphql';
import { toGraphqlValue } from '../../../ui/vocabulary';
import { useCreateApiToken } from '../hooks/useCreateApiToken';
import { messageForAdmin } from '../utils/server-message';
import { CopyableSecret } from './CopyableSecret';

const ROLE_OPTIONS = ROLES.map((role) => ({
  value: toGraphqlValue(role),
  label: ROLE_LABELS[role],
}));

export interface CreateApiTokenModalProps {
  opened: boolean;
  onClose: () => void;
}

/** Name and role of a new token; then its secret, shown this once. */
export function CreateApiTokenModal({ opened, onClose }: CreateApiTokenModalProps) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('AGENT');
  const [nameError, setNameError] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const { createApiToken, isCreating, error, reset } = useCreateApiToken();

  const close = () => {
    setName('');
    setRole('AGENT');
    setNameError(null);
    setSecret(null);
    reset();
    onClose();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (name.trim() === '') {
      setNameError('Say what the token is for, e.g. "Facebook connector".');
      return;
    }
    setSecret(await createApiToken({ name: name.trim(), role }));
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={secret ? 'Token created' : 'Create API token'}
      centered
      size="lg"
      closeOnClickOutside={secret === null}
    >
      {secret ? (
        <Stack gap="md">
          <Alert
            color="orange"
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            title="Copy the secret now"
          >
            Bedside keeps only a hash of it and cannot show it again. Store it in the
            integration&apos;s secret settings; it is sent as <code>Authorization: Bearer …</code>.
          </Alert>
          <CopyableSecret label="token secret" value={secret} />
          <Group justify="flex-end">
            <Button onClick={close}>I have copied it</Button>
          </Group>
        </Stack>
      ) : (
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <Stack gap="md">
            <TextInput
              label="Name"
              description="What the token is for, e.g. the integration that calls Bedside with it."
              data-autofocus
              value={name}
              maxLength={200}
              onChange={(event) => {
                setName(event.currentTarget.value);
                setNameError(null);
              }}
              error={nameError}
            />
            <Select
              label="Role"
              description="What calls with this token may do. Give the least that works."
              data={ROLE_OPTIONS}
              value={role}
              allowDeselect={false}
              onChange={(value) => setRole(value ?? 'AGENT')}
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
                Create token
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
