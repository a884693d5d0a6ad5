import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';

import { describeError, errorCodeOf } from '../../../app/apollo-client';
import { useChangePassword } from '../hooks/useChangePassword';

/** The server's rule, checked here first so the person hears about it before sending. */
export const MIN_PASSWORD_LENGTH = 12;

interface Fields {
  current: string;
  next: string;
  confirm: string;
}

type FieldErrors = Partial<Record<keyof Fields, string>>;

const EMPTY: Fields = { current: '', next: '', confirm: '' };

function validate(fields: Fields): FieldErrors {
  const errors: FieldErrors = {};
  if (!fields.current) {
    errors.current = 'Enter your current password.';
  }
  if (fields.next.length < MIN_PASSWORD_LENGTH) {
    errors.next = `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  } else if (fields.next === fields.current) {
    errors.next = 'Choose a password different from the current one.';
  }
  if (!errors.next && fields.confirm !== fields.next) {
    errors.confirm = 'The two new passwords do not match.';
  }
  return errors;
}

/**
 * The server's own words, shown only for BAD_USER_INPUT from `changePassword`: they explain a
 * password rule and cannot quote comment text.
 */
function serverMessageOf(error: unknown): string | null {
  return CombinedGraphQLErrors.is(error) ? (error.errors[0]?.message ?? null) : null;
}

export interface ChangePasswordModalProps {
  opened: boolean;
  onClose: () => void;
  /** Called once the server has taken the new password. */
  onChanged: () => void;
}

/** Current password, new password twice; checked here, then by the server. */
export function ChangePasswordModal({ opened, onClose, onChanged }: ChangePasswordModalProps) {
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const { changePassword, isChanging, error, reset } = useChangePassword();

  const close = () => {
    setFields(EMPTY);
    setErrors({});
    reset();
    onClose();
  };

  const update = (field: keyof Fields) => (event: { currentTarget: HTMLInputElement }) => {
    const value = event.currentTarget.value;
    setFields((previous) => ({ ...previous, [field]: value }));
    setErrors((previous) => ({ ...previous, [field]: undefined }));
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate(fields);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      return;
    }
    if (await changePassword(fields.current, fields.next)) {
      setFields(EMPTY);
      onChanged();
    }
  };

  const code = error ? errorCodeOf(error) : null;
  const currentError =
    errors.current ?? (code === 'UNAUTHENTICATED' ? 'The current password is not right.' : null);
  const nextError =
    errors.next ??
    (code === 'BAD_USER_INPUT' ? (serverMessageOf(error) ?? describeError(error).message) : null);
  const otherError =
    error && code !== 'UNAUTHENTICATED' && code !== 'BAD_USER_INPUT'
      ? describeError(error).message
      : null;

  return (
    <Modal opened={opened} onClose={close} title="Change password" centered>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <Stack gap="md">
          <PasswordInput
            label="Current password"
            autoComplete="current-password"
            data-autofocus
            required
            withAsterisk={false}
            value={fields.current}
            onChange={update('current')}
            error={currentError}
          />
          <PasswordInput
            label="New password"
            description={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words work well.`}
            autoComplete="new-password"
            required
            withAsterisk={false}
            value={fields.next}
            onChange={update('next')}
            error={nextError}
          />
          <PasswordInput
            label="Confirm new password"
            autoComplete="new-password"
            required
            withAsterisk={false}
            value={fields.confirm}
            onChange={update('confirm')}
            error={errors.confirm}
          />
          {otherError ? (
            <Alert color="red" variant="light" role="alert">
              <Text size="sm">{otherError}</Text>
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={isChanging}>
              Cancel
            </Button>
            <Button type="submit" loading={isChanging}>
              Change password
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
