import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';

import { messageForAdmin } from '../../team/utils/server-message';
import { useConnectChannel } from '../hooks/useConnectChannel';
import {
  type ConnectionErrors,
  type ConnectionFields,
  connectionSpecOf,
  EMPTY_CONNECTION,
  KIND_OPTIONS,
  toConnectChannelInput,
  validateConnection,
} from '../utils/connection-form';
import { ConnectionSettingsInputs } from './ConnectionSettingsInputs';
import { CredentialInputs } from './CredentialInputs';

export interface ConnectChannelModalProps {
  /** Prefilled values, e.g. to connect a channel that so far only holds imported comments. */
  initial?: Partial<ConnectionFields>;
  onClose: () => void;
}

/**
 * Connects an account: the platform, the account's id there and the credentials it needs, all
 * labelled and explained by the shared connection spec. The server checks them again and its
 * reason for a refusal is shown in the form.
 */
export function ConnectChannelModal({ initial, onClose }: ConnectChannelModalProps) {
  const [fields, setFields] = useState<ConnectionFields>({ ...EMPTY_CONNECTION, ...initial });
  const [errors, setErrors] = useState<ConnectionErrors>({});
  const { connectChannel, isConnecting, error, reset } = useConnectChannel();
  const { kind } = fields;
  const spec = connectionSpecOf(kind);

  const set = (changes: Partial<ConnectionFields>) => {
    setFields((previous) => ({ ...previous, ...changes }));
    setErrors((previous) => ({
      ...previous,
      ...Object.fromEntries(Object.keys(changes).map((key) => [key, undefined])),
    }));
    reset();
  };
  const setCredential = (name: string, value: string) => {
    setFields((previous) => ({
      ...previous,
      credentials: { ...previous.credentials, [name]: value },
    }));
    setErrors((previous) => ({ ...previous, [`credentials.${name}`]: undefined }));
    reset();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateConnection(fields, 'connect');
    setErrors(found);
    if (Object.keys(found).length > 0 || !kind) {
      return;
    }
    if (await connectChannel(toConnectChannelInput({ ...fields, kind }))) {
      onClose();
    }
  };

  return (
    <Modal opened onClose={onClose} title="Connect a channel" centered size="lg">
      <form noValidate onSubmit={(event) => void onSubmit(event)} aria-label="Connect a channel">
        <Stack gap="md">
          <Select
            label="Platform"
            placeholder="Choose the platform"
            data={KIND_OPTIONS}
            value={fields.kind}
            allowDeselect={false}
            required
            error={errors['kind']}
            data-autofocus
            // Credentials of one platform mean nothing on another.
            onChange={(kind) => set({ kind, credentials: {} })}
          />
          {kind && spec ? (
            <>
              <TextInput
                label="Display name"
                description="Shown in the inbox, e.g. “Riverside Clinic on Facebook”. Left empty: the platform’s name."
                value={fields.displayName}
                onChange={(event) => set({ displayName: event.currentTarget.value })}
              />
              <TextInput
                label={spec.accountRefLabel}
                description={spec.accountRefHelp}
                required
                autoComplete="off"
                value={fields.accountRef}
                error={errors['accountRef']}
                onChange={(event) => set({ accountRef: event.currentTarget.value })}
              />
              <CredentialInputs
                kind={kind}
                values={fields.credentials}
                errors={errors}
                onChange={setCredential}
              />
              <ConnectionSettingsInputs
                fields={fields}
                errors={errors}
                polls={spec.polling}
                onChange={set}
              />
            </>
          ) : (
            <Text size="sm" c="dimmed">
              Choose the platform to see what Bedside needs to connect it.
            </Text>
          )}
          {error ? (
            <Alert color="red" variant="light" role="alert" title="Not connected">
              <Text size="sm">{messageForAdmin(error)}</Text>
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={isConnecting}>
              Cancel
            </Button>
            <Button type="submit" loading={isConnecting}>
              Connect
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
