import {
  CHANNEL_CONNECTION_SPECS,
  CHANNEL_KIND_LABELS,
  CHANNEL_KINDS,
  DEFAULT_POLL_INTERVAL_SECONDS,
  MAX_POLL_INTERVAL_SECONDS,
  MIN_POLL_INTERVAL_SECONDS,
} from '@bedside/domain';
import { GraphQLError } from 'graphql';

import type {
  ChannelKind,
  ConnectChannelInput,
  ConnectionHealth,
  ConnectionState,
  CredentialInput,
  UpdateChannelConnectionInput,
} from '../gql/graphql';
import { toDomainValue } from '../ui/vocabulary';
import { type FakeChannel, type FakeComment } from './fake-data';

/** A channel's connection as `Channel.connection` answers (credentials are never returned). */
export interface FakeChannelConnection {
  __typename: 'ChannelConnection';
  state: ConnectionState;
  health: ConnectionHealth;
  healthMessage: string | null;
  failingSince: string | null;
  consecutiveFailures: number;
  credentialNames: string[];
  baseUrl: string | null;
  pollIntervalSeconds: number;
  polls: boolean;
  webhookPath: string | null;
  nextPollAt: string | null;
  lastPolledAt: string | null;
  lastItemAt: string | null;
  lastWebhookAt: string | null;
  itemsReceived: number;
  canPostReplies: boolean;
  canHide: boolean;
  canDelete: boolean;
  connectedAt: string;
}

export interface FakeTestResult {
  __typename: 'ChannelTestResult';
  ok: boolean;
  message: string;
  itemsSeen: number;
}

export interface FakePollResult {
  __typename: 'ChannelPollResult';
  ok: boolean;
  message: string | null;
  stored: number;
  updated: number;
  deleted: number;
  pages: number;
}

export interface FakeChannelOptions {
  /** Channels beyond those the comments sit on (e.g. connected ones without comments yet). */
  channels?: FakeChannel[];
  /** Connections by channel id; a channel without one is filled by import only. */
  connections?: Record<string, FakeChannelConnection>;
  /** What `testChannelConnection` answers; a healthy page by default. */
  testResult?: Omit<FakeTestResult, '__typename'>;
  /** What `pollChannelNow` answers. */
  pollResult?: Omit<FakePollResult, '__typename'>;
}

/**
 * Minutes from the real clock: the page reads "next poll in 1 minute" against the time the spec
 * runs, not the fixed FAKE_NOW the comments are dated by.
 */
const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

/** A healthy, active connection of the given platform, as the server describes one. */
export function buildConnection(
  kind: ChannelKind = 'FACEBOOK',
  overrides: Partial<FakeChannelConnection> = {},
): FakeChannelConnection {
  const domainKind = toDomainValue(kind);
  const spec = CHANNEL_CONNECTION_SPECS[domainKind];
  return {
    __typename: 'ChannelConnection',
    state: 'ACTIVE',
    health: 'HEALTHY',
    healthMessage: null,
    failingSince: null,
    consecutiveFailures: 0,
    credentialNames: spec?.credentials.filter((field) => field.required).map((f) => f.name) ?? [],
    baseUrl: null,
    pollIntervalSeconds: DEFAULT_POLL_INTERVAL_SECONDS,
    polls: spec?.polling ?? false,
    webhookPath: spec?.webhooks ? `/webhooks/${domainKind}` : null,
    nextPollAt: minutesFromNow(1),
    lastPolledAt: minutesFromNow(-1),
    lastItemAt: minutesFromNow(-5),
    lastWebhookAt: null,
    itemsReceived: 42,
    canPostReplies: true,
    canHide: kind === 'FACEBOOK' || kind === 'INSTAGRAM' || kind === 'YOUTUBE',
    canDelete: kind !== 'GOOGLE_REVIEW',
    connectedAt: minutesFromNow(-24 * 60),
    ...overrides,
  };
}

const fail = (message: string, code = 'BAD_USER_INPUT'): never => {
  throw new GraphQLError(message, { extensions: { code } });
};

const HTTP_URL = /^https?:\/\/\S+$/i;

function cleanInterval(value: number | null | undefined): number {
  if (value == null) {
    return DEFAULT_POLL_INTERVAL_SECONDS;
  }
  if (value < MIN_POLL_INTERVAL_SECONDS || value > MAX_POLL_INTERVAL_SECONDS) {
    fail(
      `The poll interval must be ${MIN_POLL_INTERVAL_SECONDS}–${MAX_POLL_INTERVAL_SECONDS} seconds.`,
    );
  }
  return value;
}

function cleanBaseUrl(value: string | null | undefined): string | null {
  const url = value?.trim();
  if (!url) {
    return null;
  }
  if (!HTTP_URL.test(url)) {
    fail('The API base URL must be an http:// or https:// URL.');
  }
  return url;
}

/**
 * Channels and their connections, as the server runs them (simplified): connecting checks the
 * shared spec like the server does, and every change is logged for specs to read.
 */
export function createChannelFakes(
  context: { comments: () => FakeComment[] },
  options: FakeChannelOptions = {},
) {
  const state = {
    channels: [...(options.channels ?? [])],
    connections: new Map(Object.entries(options.connections ?? {})),
    /** Credentials by channel id: what the connector would read (given ones as "stored"). */
    credentials: new Map(
      Object.entries(options.connections ?? {}).map(([channelId, connection]) => [
        channelId,
        Object.fromEntries(connection.credentialNames.map((name) => [name, 'stored'])),
      ]),
    ),
    testResult: options.testResult ?? {
      ok: true,
      message: 'Facebook answered: 12 comments on the first page.',
      itemsSeen: 12,
    },
    pollResult: options.pollResult ?? {
      ok: true,
      message: null,
      stored: 3,
      updated: 1,
      deleted: 0,
      pages: 1,
    },
  };
  const calls = {
    connectChannel: [] as ConnectChannelInput[],
    updateChannelConnection: [] as Array<{
      channelId: string;
      input: UpdateChannelConnectionInput;
    }>,
    pauseChannel: [] as string[],
    resumeChannel: [] as string[],
    disconnectChannel: [] as string[],
    testChannelConnection: [] as string[],
    pollChannelNow: [] as string[],
  };

  /** Every channel, grouped by platform, oldest first (as `channels` answers). */
  const allChannels = (): FakeChannel[] => {
    const byId = new Map<string, FakeChannel>();
    for (const channel of [...state.channels, ...context.comments().map((c) => c.channel)]) {
      if (!byId.has(channel.id)) {
        byId.set(channel.id, channel);
      }
    }
    const rank = (kind: ChannelKind) => CHANNEL_KINDS.indexOf(toDomainValue(kind));
    return [...byId.values()].sort((a, b) => rank(a.kind) - rank(b.kind));
  };
  const channelOrFail = (id: string): FakeChannel =>
    allChannels().find((channel) => channel.id === id) ?? fail('Channel not found.', 'NOT_FOUND');
  const connectionOrFail = (channel: FakeChannel): FakeChannelConnection =>
    state.connections.get(channel.id) ?? fail(`${channel.displayName} is not connected.`);
  const missingRequired = (kind: ChannelKind, credentials: Record<string, string>) =>
    (CHANNEL_CONNECTION_SPECS[toDomainValue(kind)]?.credentials ?? []).filter(
      (field) => field.required && !credentials[field.name],
    );
  const toMap = (credentials: readonly CredentialInput[]) =>
    Object.fromEntries(credentials.map((credential) => [credential.name, credential.value.trim()]));
  const credentialNames = (credentials: Record<string, string>) =>
    Object.keys(credentials)
      .filter((name) => credentials[name])
      .sort();

  return {
    state,
    calls,
    /** The connection of a channel; null when it is filled by import only. */
    connectionOf: (channelId: string) => state.connections.get(channelId) ?? null,
    query: {
      channels: () => allChannels(),
    },
    mutation: {
      connectChannel: (_: unknown, { input }: { input: ConnectChannelInput }) => {
        calls.connectChannel.push(input);
        const kind = toDomainValue(input.kind);
        const spec = CHANNEL_CONNECTION_SPECS[kind];
        if (!spec) {
          return fail(`${CHANNEL_KIND_LABELS[kind]} has nothing to connect: import files instead.`);
        }
        const accountRef = input.accountRef.trim();
        if (!accountRef) {
          fail(`${spec.accountRefLabel} is required.`);
        }
        const credentials = toMap(input.credentials);
        const missing = missingRequired(input.kind, credentials);
        if (missing.length > 0) {
          fail(`Missing: ${missing.map((field) => field.label).join(', ')}.`);
        }
        const existing = allChannels().find(
          (channel) =>
            channel.kind === input.kind &&
            channel.externalAccountId === accountRef &&
            !channel.isSample,
        );
        if (existing && state.connections.has(existing.id)) {
          fail(`${existing.displayName} is already connected.`);
        }
        const channel: FakeChannel = existing ?? {
          __typename: 'Channel',
          id: `channel-${kind}-${accountRef}`,
          kind: input.kind,
          displayName: '',
          isSample: false,
          externalAccountId: accountRef,
        };
        channel.displayName = input.displayName.trim() || CHANNEL_KIND_LABELS[kind];
        if (!existing) {
          state.channels.push(channel);
        }
        state.credentials.set(channel.id, credentials);
        state.connections.set(
          channel.id,
          buildConnection(input.kind, {
            health: 'PENDING',
            credentialNames: credentialNames(credentials),
            baseUrl: cleanBaseUrl(input.baseUrl),
            pollIntervalSeconds: cleanInterval(input.pollIntervalSeconds),
            nextPollAt: minutesFromNow(0),
            lastPolledAt: null,
            lastItemAt: null,
            itemsReceived: 0,
            connectedAt: minutesFromNow(0),
          }),
        );
        return channel;
      },
      updateChannelConnection: (
        _: unknown,
        { channelId, input }: { channelId: string; input: UpdateChannelConnectionInput },
      ) => {
        calls.updateChannelConnection.push({ channelId, input });
        const channel = channelOrFail(channelId);
        const connection = connectionOrFail(channel);
        if (input.displayName != null) {
          channel.displayName =
            input.displayName.trim() || CHANNEL_KIND_LABELS[toDomainValue(channel.kind)];
        }
        if (input.credentials) {
          // As on the server: a typed value replaces the stored one, an empty one removes it.
          const next = { ...(state.credentials.get(channelId) ?? {}) };
          for (const { name, value } of input.credentials) {
            if (value.trim()) {
              next[name] = value.trim();
            } else {
              delete next[name];
            }
          }
          const missing = missingRequired(channel.kind, next);
          if (missing.length > 0) {
            fail(`Missing: ${missing.map((field) => field.label).join(', ')}.`);
          }
          state.credentials.set(channelId, next);
          // New credentials get a fresh try at once, whatever the last one said.
          Object.assign(connection, {
            credentialNames: credentialNames(next),
            health: 'PENDING',
            healthMessage: null,
            failingSince: null,
            consecutiveFailures: 0,
          });
        }
        if (input.baseUrl !== undefined) {
          connection.baseUrl = cleanBaseUrl(input.baseUrl);
        }
        if (input.pollIntervalSeconds != null) {
          connection.pollIntervalSeconds = cleanInterval(input.pollIntervalSeconds);
        }
        return channel;
      },
      pauseChannel: (_: unknown, { channelId }: { channelId: string }) => {
        calls.pauseChannel.push(channelId);
        const channel = channelOrFail(channelId);
        connectionOrFail(channel).state = 'PAUSED';
        return channel;
      },
      resumeChannel: (_: unknown, { channelId }: { channelId: string }) => {
        calls.resumeChannel.push(channelId);
        const channel = channelOrFail(channelId);
        Object.assign(connectionOrFail(channel), {
          state: 'ACTIVE',
          nextPollAt: minutesFromNow(0),
        });
        return channel;
      },
      disconnectChannel: (_: unknown, { channelId }: { channelId: string }) => {
        calls.disconnectChannel.push(channelId);
        const channel = channelOrFail(channelId);
        connectionOrFail(channel);
        state.connections.delete(channelId);
        state.credentials.delete(channelId);
        return channel;
      },
      testChannelConnection: (_: unknown, { channelId }: { channelId: string }) => {
        calls.testChannelConnection.push(channelId);
        connectionOrFail(channelOrFail(channelId));
        return { __typename: 'ChannelTestResult', ...state.testResult };
      },
      pollChannelNow: (_: unknown, { channelId }: { channelId: string }) => {
        calls.pollChannelNow.push(channelId);
        const connection = connectionOrFail(channelOrFail(channelId));
        if (state.pollResult.ok) {
          connection.lastPolledAt = minutesFromNow(0);
          connection.itemsReceived += state.pollResult.stored + state.pollResult.updated;
        }
        return { __typename: 'ChannelPollResult', ...state.pollResult };
      },
    },
    types: {
      Channel: {
        // Explicit null: the stub schema would otherwise invent a connection for every channel.
        connection: (channel: FakeChannel) => state.connections.get(channel.id) ?? null,
      },
    },
  };
}
