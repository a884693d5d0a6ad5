import {
  CHANNEL_CONNECTION_SPECS,
  CHANNEL_KIND_LABELS,
  CHANNEL_KINDS,
  type ChannelConnectionSpec,
  type ChannelKind,
  DEFAULT_POLL_INTERVAL_SECONDS,
  MAX_POLL_INTERVAL_SECONDS,
  MIN_POLL_INTERVAL_SECONDS,
} from '@bedside/domain';

import type {
  ConnectChannelInput,
  CredentialInput,
  UpdateChannelConnectionInput,
} from '../../../gql/graphql';
import { toGraphqlValue } from '../../../ui/vocabulary';

/** The platforms an admin can connect: every kind with something to enter (import has none). */
export const CONNECTABLE_KINDS: readonly ChannelKind[] = CHANNEL_KINDS.filter(
  (kind) => CHANNEL_CONNECTION_SPECS[kind] !== null,
);

export const KIND_OPTIONS = CONNECTABLE_KINDS.map((kind) => ({
  value: kind,
  label: CHANNEL_KIND_LABELS[kind],
}));

/** What the connect and edit forms hold, as typed. */
export interface ConnectionFields {
  kind: ChannelKind | null;
  displayName: string;
  accountRef: string;
  /** By credential name; blank means "none" when connecting and "keep" when editing. */
  credentials: Record<string, string>;
  baseUrl: string;
  /** NumberInput hands back a string while the field is empty or half typed. */
  pollIntervalSeconds: number | string;
}

/** Field name (`credentials.accessToken` for a credential) to the message shown under it. */
export type ConnectionErrors = Partial<Record<string, string>>;

export const EMPTY_CONNECTION: ConnectionFields = {
  kind: null,
  displayName: '',
  accountRef: '',
  credentials: {},
  baseUrl: '',
  pollIntervalSeconds: DEFAULT_POLL_INTERVAL_SECONDS,
};

export const BASE_URL_HELP = 'Leave empty for the platform. Used for a proxy or a test server.';

export const POLL_INTERVAL_HELP = `How often Bedside asks the platform for new comments: ${MIN_POLL_INTERVAL_SECONDS} to ${MAX_POLL_INTERVAL_SECONDS} seconds.`;

const HTTP_URL = /^https?:\/\/\S+$/i;

export function connectionSpecOf(kind: ChannelKind | null): ChannelConnectionSpec | null {
  return kind ? CHANNEL_CONNECTION_SPECS[kind] : null;
}

/** The label the admin typed a credential under, e.g. "Page access token" for `accessToken`. */
export function credentialLabel(kind: ChannelKind, name: string): string {
  return (
    CHANNEL_CONNECTION_SPECS[kind]?.credentials.find((field) => field.name === name)?.label ?? name
  );
}

/**
 * The same rules the server applies, checked before sending so each message sits under its
 * field. When editing, a blank credential keeps the stored one, so none is required.
 */
export function validateConnection(
  fields: ConnectionFields,
  mode: 'connect' | 'edit',
): ConnectionErrors {
  const errors: ConnectionErrors = {};
  const spec = connectionSpecOf(fields.kind);
  if (!spec) {
    errors['kind'] = 'Choose the platform.';
    return errors;
  }
  if (mode === 'connect') {
    if (fields.accountRef.trim() === '') {
      errors['accountRef'] = `${spec.accountRefLabel} is required.`;
    }
    for (const field of spec.credentials) {
      if (field.required && !fields.credentials[field.name]?.trim()) {
        errors[`credentials.${field.name}`] = `${field.label} is required.`;
      }
    }
  }
  const baseUrl = fields.baseUrl.trim();
  if (baseUrl !== '' && !HTTP_URL.test(baseUrl)) {
    errors['baseUrl'] = 'The API base URL must be an http:// or https:// URL.';
  }
  if (spec.polling) {
    const interval = Number(fields.pollIntervalSeconds);
    if (
      fields.pollIntervalSeconds === '' ||
      !Number.isInteger(interval) ||
      interval < MIN_POLL_INTERVAL_SECONDS ||
      interval > MAX_POLL_INTERVAL_SECONDS
    ) {
      errors['pollIntervalSeconds'] =
        `The poll interval must be ${MIN_POLL_INTERVAL_SECONDS}–${MAX_POLL_INTERVAL_SECONDS} seconds.`;
    }
  }
  return errors;
}

/** The credentials typed in, in the spec's order; blank ones are left out. */
function typedCredentials(kind: ChannelKind, credentials: Record<string, string>) {
  const fields = CHANNEL_CONNECTION_SPECS[kind]?.credentials ?? [];
  return fields
    .map((field): CredentialInput => ({
      name: field.name,
      value: credentials[field.name]?.trim() ?? '',
    }))
    .filter((credential) => credential.value !== '');
}

/** The `connectChannel` input for valid fields (see `validateConnection`). */
export function toConnectChannelInput(
  fields: ConnectionFields & { kind: ChannelKind },
): ConnectChannelInput {
  const spec = CHANNEL_CONNECTION_SPECS[fields.kind];
  const baseUrl = fields.baseUrl.trim();
  return {
    kind: toGraphqlValue(fields.kind),
    displayName: fields.displayName.trim(),
    accountRef: fields.accountRef.trim(),
    credentials: typedCredentials(fields.kind, fields.credentials),
    ...(baseUrl ? { baseUrl } : {}),
    ...(spec?.polling ? { pollIntervalSeconds: Number(fields.pollIntervalSeconds) } : {}),
  };
}

/** What the edit form starts from: the stored values, and no credential (they are never read). */
export function fieldsOfConnection(channel: {
  kind: ChannelKind;
  displayName: string;
  externalAccountId: string | null;
  baseUrl: string | null;
  pollIntervalSeconds: number;
}): ConnectionFields {
  return {
    kind: channel.kind,
    displayName: channel.displayName,
    accountRef: channel.externalAccountId ?? '',
    credentials: {},
    baseUrl: channel.baseUrl ?? '',
    pollIntervalSeconds: channel.pollIntervalSeconds,
  };
}

/**
 * The `updateChannelConnection` input: only what changed. New credentials make the server try
 * again at once and are audited by name, so untouched (blank) ones are never sent.
 */
export function toUpdateConnectionInput(
  initial: ConnectionFields,
  fields: ConnectionFields & { kind: ChannelKind },
): UpdateChannelConnectionInput {
  const input: UpdateChannelConnectionInput = {};
  const displayName = fields.displayName.trim();
  if (displayName !== initial.displayName.trim()) {
    input.displayName = displayName;
  }
  const credentials = typedCredentials(fields.kind, fields.credentials);
  if (credentials.length > 0) {
    input.credentials = credentials;
  }
  const baseUrl = fields.baseUrl.trim();
  if (baseUrl !== initial.baseUrl.trim()) {
    // An empty string goes back to the platform's own API.
    input.baseUrl = baseUrl;
  }
  if (
    CHANNEL_CONNECTION_SPECS[fields.kind]?.polling &&
    Number(fields.pollIntervalSeconds) !== Number(initial.pollIntervalSeconds)
  ) {
    input.pollIntervalSeconds = Number(fields.pollIntervalSeconds);
  }
  return input;
}
