import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';

import { useResetUserPassword } from '../hooks/useResetUserPassword';
import { passwordError } from '../utils/member-form';
import { messageForAdmin } from '../utils/server-message';
import { CopyableSecret } from './CopyableSecret';
import type { Member } from './MemberRow';
import { PasswordField } from './PasswordField';

export interface ResetPasswordModalProps {
  /** Whose password; null when closed. */
  member: Member | null;
  onClose: () => void;
}

/** Sets someone's new password, which also lifts a lock-out and signs them out everywhere. */
export function ResetPasswordModal({ member, onClose }: ResetPasswordModalProps) {
  const [password, setPassword] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [done, setDone] = useState(false);
  const { resetPassword, isResetting, error, reset } = useResetUserPassword();

  const close = () => {
    setPassword('');
    setFieldError(undefined);
    setDone(false);
    reset();
    onClose();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problem = passwordError(password);
    setFieldError(problem);
    if (!member || problem) {
      return;
    }
    if (await resetPassword({ id: member.id, newPassword: password })) {
      setDone(true);
    }
  };

  const name = member?.displayName ?? '';
  return (
    <Modal opened={member !== null} onClose={close} title={`Reset password: ${name}`} centered>
      {done ? (
        <Stack gap="md">
          <Text size="sm">
            {name} was signed out everywhere and signs in with this password from now on. Share it
            privately.
          </Text>
          <CopyableSecret label="password" value={password} />
          <Group justify="flex-end">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {name} is signed out everywhere, and a lock-out after wrong passwords is lifted.
            </Text>
            <PasswordField
              label="New password"
              value={password}
              error={fieldError}
              onChange={(value) => {
                setPassword(value);
                setFieldError(undefined);
              }}
            />
            {error ? (
              <Alert color="red" variant="light" role="alert">
                <Text size="sm">{messageForAdmin(error)}</Text>
              </Alert>
            ) : null}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close} disabled={isResetting}>
                Cancel
              </Button>
              <Button type="submit" loading={isResetting}>
                Set password
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
