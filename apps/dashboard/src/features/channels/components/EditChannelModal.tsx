import { type ChannelKind } from '@bedside/domain';
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';

import { toDomainValue } from '../../../ui/vocabulary';
import { messageForAdmin } from '../../team/utils/server-message';
import { useUpdateChannelConnection } from '../hooks/useUpdateChannelConnection';
import {
  type ConnectionErrors,
  type ConnectionFields,
  credentialLabel,
  fieldsOfConnection,
  toUpdateConnectionInput,
  validateConnection,
} from '../utils/connection-form';
import type { ChannelCardData } from './ChannelCard';
import { ConnectionSettingsInputs } from './ConnectionSettingsInputs';
import { CredentialInputs } from './CredentialInputs';

export interface EditChannelModalProps {
  channel: ChannelCardData & { connection: NonNullable<ChannelCardData['connection']> };
  onClose: () => void;
}

/**
 * Renames a connected channel, replaces some of its credentials (blank fields keep the stored
 * ones, which are never shown) or changes its base URL and poll interval.
 */
export function EditChannelModal({ channel, onClose }: EditChannelModalProps) {
  const kind: ChannelKind = toDomainValue(channel.kind);
  const [initial] = useState<ConnectionFields>(() =>
    fieldsOfConnection({
      kind,
      displayName: channel.displayName,
      externalAccountId: channel.externalAccountId,
      baseUrl: channel.connection.baseUrl,
      pollIntervalSeconds: channel.connection.pollIntervalSeconds,
    }),
  );
  const [fields, setFields] = useState<ConnectionFields>(initial);
  const [errors, setErrors] = useState<ConnectionErrors>({});
  const { updateConnection, isUpdating, error, reset } = useUpdateChannelConnection();
  const stored = channel.connection.credentialNames;

  const set = (changes: Partial<ConnectionFields>) => {
    setFields((previous) => ({ ...previous, ...changes }));
    setErrors((previous) => ({
      ...previous,
      ...Object.fromEntries(Object.keys(changes).map((key) => [key, undefined])),
    }));
    reset();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateConnection(fields, 'edit');
    setErrors(found);
    if (Object.keys(found).length > 0) {
      return;
    }
    const input = toUpdateConnectionInput(initial, { ...fields, kind });
    if (Object.keys(input).length === 0 || (await updateConnection(channel.id, input))) {
      onClose();
    }
  };

  return (
    <Modal opened onClose={onClose} title={`Edit ${channel.displayName}`} centered size="lg">
      <form noValidate onSubmit={(event) => void onSubmit(event)} aria-label="Edit channel">
        <Stack gap="md">
          <TextInput
            label="Display name"
            description="Shown in the inbox. Left empty: the platform’s name."
            data-autofocus
            value={fields.displayName}
            onChange={(event) => set({ displayName: event.currentTarget.value })}
          />
          <Text size="sm" data-testid="stored-credentials">
            {stored.length > 0
              ? `Stored credentials: ${stored.map((name) => credentialLabel(kind, name)).join(', ')}.`
              : 'No credentials are stored.'}{' '}
            <Text span size="sm" c="dimmed">
              Type a new value only to replace one; new credentials are tried at once.
            </Text>
          </Text>
          <CredentialInputs
            kind={kind}
            values={fields.credentials}
            errors={errors}
            stored={stored}
            onChange={(name, value) =>
              set({ credentials: { ...fields.credentials, [name]: value } })
            }
          />
          <ConnectionSettingsInputs
            fields={fields}
            errors={errors}
            polls={channel.connection.polls}
            onChange={set}
          />
          {error ? (
            <Alert color="red" variant="light" role="alert" title="Not saved">
              <Text size="sm">{messageForAdmin(error)}</Text>
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={isUpdating}>
              Cancel
            </Button>
            <Button type="submit" loading={isUpdating}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
