import { CHANNEL_CONNECTION_SPECS, type ChannelKind } from '@bedside/domain';
import { PasswordInput } from '@mantine/core';

import type { ConnectionErrors } from '../utils/connection-form';

export interface CredentialInputsProps {
  kind: ChannelKind;
  values: Record<string, string>;
  errors: ConnectionErrors;
  onChange: (name: string, value: string) => void;
  /**
   * Names of the credentials already stored, when editing: a blank field then keeps the stored
   * value, so none is required. Omitted when connecting.
   */
  stored?: readonly string[];
}

/** One write-only field per credential the platform needs, labelled and explained by the spec. */
export function CredentialInputs({
  kind,
  values,
  errors,
  onChange,
  stored,
}: CredentialInputsProps) {
  const fields = CHANNEL_CONNECTION_SPECS[kind]?.credentials ?? [];
  return fields.map((field) => {
    let description = field.help;
    if (stored) {
      description = stored.includes(field.name)
        ? `${field.help} Stored: leave blank to keep it.`
        : `${field.help} Not stored yet.`;
    }
    return (
      <PasswordInput
        key={field.name}
        label={field.label}
        description={description}
        required={field.required && !stored}
        // Never offered by the browser's password manager: these are the platform's secrets.
        autoComplete="new-password"
        value={values[field.name] ?? ''}
        error={errors[`credentials.${field.name}`]}
        onChange={(event) => onChange(field.name, event.currentTarget.value)}
      />
    );
  });
}
