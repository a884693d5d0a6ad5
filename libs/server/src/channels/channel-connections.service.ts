import {
  type ChannelAccount,
  type ChannelConnector,
  type ConnectorCapabilities,
  createConnector,
  type WebhookSecrets,
} from '@bedside/channels';
import {
  CHANNEL_CONNECTION_SPECS,
  CHANNEL_KIND_LABELS,
  type ChannelKind,
  DEFAULT_POLL_INTERVAL_SECONDS,
  MAX_POLL_INTERVAL_SECONDS,
  MIN_POLL_INTERVAL_SECONDS,
} from '@bedside/domain';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { badInput, notFound } from '../common/app-error';
import { Clock } from '../common/clock';
import { newId } from '../common/ids';
import { APP_CONFIG } from '../config/config.module';
import { type AppConfig } from '../config/env.schema';
import { Transactor } from '../database/transactor';
import { ChannelEntity } from './channel.entity';
import { ChannelConnectionEntity } from './channel-connection.entity';
import { CredentialCipher, loadCredentialKey } from './credential-cipher';

/** How long one platform request may take before it counts as a time-out. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;

export interface ConnectChannelRequest {
  kind: ChannelKind;
  displayName: string;
  accountRef: string;
  credentials: Record<string, string>;
  baseUrl?: string | null;
  pollIntervalSeconds?: number | null;
  settings?: Record<string, unknown> | null;
}

export interface UpdateConnectionRequest {
  displayName?: string | null;
  /** Only the names given change; an empty value removes an optional credential. */
  credentials?: Record<string, string> | null;
  baseUrl?: string | null;
  pollIntervalSeconds?: number | null;
  settings?: Record<string, unknown> | null;
}

/** One line of `bedside channels status`: a channel and, when connected, its schedule and health. */
export interface ChannelStatus {
  channelId: string;
  kind: ChannelKind;
  displayName: string;
  accountRef: string | null;
  isSample: boolean;
  connection: Omit<ChannelConnectionEntity, 'credentials' | 'channel'> | null;
}

/** A connection with what the platform calls need, decrypted; never leaves the server. */
export interface LiveConnection {
  channel: ChannelEntity;
  connection: ChannelConnectionEntity;
  account: ChannelAccount;
  connector: ChannelConnector;
}

/** The secrets a webhook delivery of one kind may be signed with, and whose accounts they serve. */
export interface WebhookSecretSet {
  secrets: WebhookSecrets;
  accountRefs: string[];
}

const HTTP_URL = /^https?:\/\/[^\s/]+\S*$/;

/**
 * Connecting, configuring, pausing and disconnecting channels; the one place credentials are
 * encrypted and decrypted. Every change is audited by credential name only.
 */
@Injectable()
export class ChannelConnectionsService {
  private cipherInstance: CredentialCipher | null = null;
  private webhookCache = new Map<ChannelKind, Promise<WebhookSecretSet[]>>();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactor: Transactor,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Called after any change to connections (caches, the poller). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async connections(): Promise<Map<string, ChannelConnectionEntity>> {
    const rows = await this.dataSource.getRepository(ChannelConnectionEntity).find();
    return new Map(rows.map((row) => [row.channelId, row]));
  }

  async connection(channelId: string): Promise<ChannelConnectionEntity | null> {
    return this.dataSource.getRepository(ChannelConnectionEntity).findOneBy({ channelId });
  }

  /** Every channel with its connection's state, without credentials: what an operator inspects. */
  async statusReport(): Promise<ChannelStatus[]> {
    const channels = await this.dataSource
      .getRepository(ChannelEntity)
      .find({ order: { kind: 'ASC', createdAt: 'ASC' } });
    const connections = await this.connections();
    return channels.map((channel) => {
      const row = connections.get(channel.id);
      let connection: ChannelStatus['connection'] = null;
      if (row) {
        const { credentials: _credentials, channel: _channel, ...rest } = row;
        connection = rest;
      }
      return {
        channelId: channel.id,
        kind: channel.kind,
        displayName: channel.displayName,
        accountRef: channel.externalAccountId,
        isSample: channel.isSample,
        connection,
      };
    });
  }

  /** Names of the credentials stored for a channel (never their values). */
  credentialNames(connection: ChannelConnectionEntity): string[] {
    const credentials = this.cipher().decrypt(connection.credentials, connection.channelId);
    return Object.keys(credentials)
      .filter((name) => credentials[name])
      .sort();
  }

  async connect(actor: Actor, request: ConnectChannelRequest): Promise<ChannelEntity> {
    const spec = CHANNEL_CONNECTION_SPECS[request.kind];
    if (!spec) {
      throw badInput(
        `${CHANNEL_KIND_LABELS[request.kind]} has nothing to connect: import files instead.`,
      );
    }
    const accountRef = request.accountRef.trim();
    if (!accountRef) {
      throw badInput(`${spec.accountRefLabel} is required.`);
    }
    const credentials = cleanCredentials(request.kind, request.credentials);
    const missing = spec.credentials.filter((field) => field.required && !credentials[field.name]);
    if (missing.length > 0) {
      throw badInput(`Missing: ${missing.map((field) => field.label).join(', ')}.`);
    }
    const now = this.clock.now();
    const channel = await this.transactor.run(async (manager) => {
      const channels = manager.getRepository(ChannelEntity);
      const existing = await channels.findOneBy({
        kind: request.kind,
        externalAccountId: accountRef,
        isSample: false,
      });
      if (existing && (await this.findConnection(manager, existing.id))) {
        throw badInput(`${existing.displayName} is already connected.`);
      }
      const channel: ChannelEntity = existing ?? {
        id: newId(),
        kind: request.kind,
        displayName: '',
        externalAccountId: accountRef,
        isSample: false,
        createdAt: now,
      };
      channel.displayName = cleanDisplayName(request.displayName, request.kind);
      await channels.save(channel);
      const connection: ChannelConnectionEntity = {
        channelId: channel.id,
        state: 'active',
        credentials: this.cipher().encrypt(credentials, channel.id),
        settings: request.settings ?? {},
        baseUrl: cleanBaseUrl(request.baseUrl),
        pollIntervalSeconds: cleanInterval(request.pollIntervalSeconds),
        health: 'pending',
        healthMessage: null,
        failingSince: null,
        consecutiveFailures: 0,
        pollCursor: null,
        nextPollAt: spec.polling ? now : null,
        pollLeaseUntil: null,
        lastPolledAt: null,
        lastItemAt: null,
        lastWebhookAt: null,
        itemsReceived: 0,
        createdAt: now,
        updatedAt: now,
      };
      await manager.getRepository(ChannelConnectionEntity).save(connection);
      await this.audit.record(manager, {
        actor,
        action: 'channel.connected',
        targetType: 'channel',
        targetId: channel.id,
        details: { kind: channel.kind, credentials: Object.keys(credentials).sort() },
      });
      return channel;
    });
    this.changed();
    return channel;
  }

  async update(
    actor: Actor,
    channelId: string,
    request: UpdateConnectionRequest,
  ): Promise<ChannelEntity> {
    const now = this.clock.now();
    const channel = await this.transactor.run(async (manager) => {
      const { channel, connection } = await this.load(manager, channelId);
      const changed: string[] = [];
      if (request.displayName != null) {
        channel.displayName = cleanDisplayName(request.displayName, channel.kind);
        await manager.getRepository(ChannelEntity).save(channel);
        changed.push('displayName');
      }
      if (request.credentials) {
        const current = this.cipher().decrypt(connection.credentials, channelId);
        const next = { ...current };
        for (const [name, value] of Object.entries(request.credentials)) {
          assertKnownCredential(channel.kind, name);
          if (value.trim()) {
            next[name] = value.trim();
          } else {
            delete next[name];
          }
        }
        const spec = CHANNEL_CONNECTION_SPECS[channel.kind];
        const missing =
          spec?.credentials.filter((field) => field.required && !next[field.name]) ?? [];
        if (missing.length > 0) {
          throw badInput(`Missing: ${missing.map((field) => field.label).join(', ')}.`);
        }
        connection.credentials = this.cipher().encrypt(next, channelId);
        // New credentials deserve a fresh try at once, whatever the last one said.
        connection.health = 'pending';
        connection.healthMessage = null;
        connection.consecutiveFailures = 0;
        connection.failingSince = null;
        connection.nextPollAt = spec?.polling ? now : null;
        changed.push(...Object.keys(request.credentials).map((name) => `credentials.${name}`));
      }
      if (request.baseUrl !== undefined) {
        connection.baseUrl = cleanBaseUrl(request.baseUrl);
        changed.push('baseUrl');
      }
      if (request.pollIntervalSeconds != null) {
        connection.pollIntervalSeconds = cleanInterval(request.pollIntervalSeconds);
        changed.push('pollIntervalSeconds');
      }
      if (request.settings) {
        connection.settings = request.settings;
        changed.push('settings');
      }
      connection.updatedAt = now;
      await manager.getRepository(ChannelConnectionEntity).save(connection);
      await this.audit.record(manager, {
        actor,
        action: 'channel.updated',
        targetType: 'channel',
        targetId: channelId,
        details: { changed },
      });
      return channel;
    });
    this.changed();
    return channel;
  }

  async setPaused(actor: Actor, channelId: string, paused: boolean): Promise<ChannelEntity> {
    const now = this.clock.now();
    const channel = await this.transactor.run(async (manager) => {
      const { channel, connection } = await this.load(manager, channelId);
      connection.state = paused ? 'paused' : 'active';
      const polls = CHANNEL_CONNECTION_SPECS[channel.kind]?.polling ?? false;
      connection.nextPollAt = !paused && polls ? now : connection.nextPollAt;
      connection.updatedAt = now;
      await manager.getRepository(ChannelConnectionEntity).save(connection);
      await this.audit.record(manager, {
        actor,
        action: paused ? 'channel.paused' : 'channel.resumed',
        targetType: 'channel',
        targetId: channelId,
      });
      return channel;
    });
    this.changed();
    return channel;
  }

  /** Forgets the credentials; the channel and every comment it brought stay. */
  async disconnect(actor: Actor, channelId: string): Promise<ChannelEntity> {
    const channel = await this.transactor.run(async (manager) => {
      const { channel } = await this.load(manager, channelId);
      await manager.getRepository(ChannelConnectionEntity).delete({ channelId });
      await this.audit.record(manager, {
        actor,
        action: 'channel.disconnected',
        targetType: 'channel',
        targetId: channelId,
      });
      return channel;
    });
    this.changed();
    return channel;
  }

  /** What the channel's connector can do; null when the channel is not connected. */
  async capabilitiesOf(channelId: string): Promise<ConnectorCapabilities | null> {
    const row = await this.dataSource.getRepository(ChannelConnectionEntity).findOne({
      where: { channelId },
      relations: { channel: true },
    });
    return row?.channel
      ? createConnector(row.channel.kind, { now: () => this.clock.now() }).capabilities
      : null;
  }

  /** The connection ready for platform calls; null when the channel is not connected. */
  async live(channelId: string): Promise<LiveConnection | null> {
    const row = await this.dataSource.getRepository(ChannelConnectionEntity).findOne({
      where: { channelId },
      relations: { channel: true },
    });
    return row?.channel ? this.toLive(row.channel, row) : null;
  }

  toLive(channel: ChannelEntity, connection: ChannelConnectionEntity): LiveConnection {
    const credentials = this.cipher().decrypt(connection.credentials, channel.id);
    return {
      channel,
      connection,
      account: {
        id: channel.id,
        kind: channel.kind,
        accountRef: channel.externalAccountId ?? '',
        credentials,
        settings: connection.settings,
      },
      connector: createConnector(channel.kind, {
        now: () => this.clock.now(),
        timeoutMs: requestTimeout(connection.settings),
        ...(connection.baseUrl ? { baseUrl: connection.baseUrl } : {}),
      }),
    };
  }

  /**
   * The distinct secrets that active connections of a kind verify webhooks with, cached until a
   * connection changes: the webhook endpoint asks on every delivery.
   */
  webhookSecrets(kind: ChannelKind): Promise<WebhookSecretSet[]> {
    let cached = this.webhookCache.get(kind);
    if (!cached) {
      cached = this.loadWebhookSecrets(kind);
      this.webhookCache.set(kind, cached);
      cached.catch(() => this.webhookCache.delete(kind));
    }
    return cached;
  }

  private async loadWebhookSecrets(kind: ChannelKind): Promise<WebhookSecretSet[]> {
    const rows = await this.dataSource.getRepository(ChannelConnectionEntity).find({
      // Paused channels still verify (their deliveries are acknowledged and dropped): refusing
      // them would make Meta retry for a day and then turn the subscription off.
      where: { channel: { kind } },
      relations: { channel: true },
    });
    const bySecret = new Map<string, WebhookSecretSet>();
    for (const row of rows) {
      const credentials = this.cipher().decrypt(row.credentials, row.channelId);
      const secrets: WebhookSecrets = {
        ...(credentials['appSecret'] ? { appSecret: credentials['appSecret'] } : {}),
        ...(credentials['verifyToken'] ? { verifyToken: credentials['verifyToken'] } : {}),
      };
      if (!secrets.appSecret && !secrets.verifyToken) {
        continue;
      }
      const key = `${secrets.appSecret ?? ''}\u0000${secrets.verifyToken ?? ''}`;
      const set = bySecret.get(key) ?? { secrets, accountRefs: [] };
      if (row.state === 'active') {
        set.accountRefs.push(row.channel?.externalAccountId ?? '');
      }
      bySecret.set(key, set);
    }
    return [...bySecret.values()];
  }

  private async load(
    manager: EntityManager,
    channelId: string,
  ): Promise<{ channel: ChannelEntity; connection: ChannelConnectionEntity }> {
    const channel = await manager.getRepository(ChannelEntity).findOneBy({ id: channelId });
    if (!channel) {
      throw notFound('Channel');
    }
    const connection = await this.findConnection(manager, channelId);
    if (!connection) {
      throw badInput(`${channel.displayName} is not connected.`);
    }
    return { channel, connection };
  }

  private findConnection(
    manager: EntityManager,
    channelId: string,
  ): Promise<ChannelConnectionEntity | null> {
    return manager.getRepository(ChannelConnectionEntity).findOneBy({ channelId });
  }

  private cipher(): CredentialCipher {
    this.cipherInstance ??= new CredentialCipher(loadCredentialKey(this.config.channels));
    return this.cipherInstance;
  }

  private changed(): void {
    this.webhookCache.clear();
    for (const listener of this.listeners) {
      listener();
    }
  }
}

function requestTimeout(settings: Record<string, unknown>): number {
  const value = settings['requestTimeoutMs'];
  return typeof value === 'number' && value >= 100 && value <= 120_000
    ? value
    : DEFAULT_REQUEST_TIMEOUT_MS;
}

function assertKnownCredential(kind: ChannelKind, name: string): void {
  const known = CHANNEL_CONNECTION_SPECS[kind]?.credentials.some((field) => field.name === name);
  if (!known) {
    throw badInput(`${CHANNEL_KIND_LABELS[kind]} has no credential called "${name.slice(0, 40)}".`);
  }
}

function cleanCredentials(
  kind: ChannelKind,
  credentials: Record<string, string>,
): Record<string, string> {
  const clean: Record<string, string> = {};
  for (const [name, value] of Object.entries(credentials)) {
    assertKnownCredential(kind, name);
    if (value.trim()) {
      clean[name] = value.trim();
    }
  }
  return clean;
}

function cleanDisplayName(value: string, kind: ChannelKind): string {
  const name = value.trim().slice(0, 200);
  return name || CHANNEL_KIND_LABELS[kind];
}

function cleanBaseUrl(value: string | null | undefined): string | null {
  const url = value?.trim();
  if (!url) {
    return null;
  }
  if (!HTTP_URL.test(url)) {
    throw badInput('The API base URL must be an http:// or https:// URL.');
  }
  return url.replace(/\/+$/, '');
}

function cleanInterval(value: number | null | undefined): number {
  if (value == null) {
    return DEFAULT_POLL_INTERVAL_SECONDS;
  }
  if (
    !Number.isInteger(value) ||
    value < MIN_POLL_INTERVAL_SECONDS ||
    value > MAX_POLL_INTERVAL_SECONDS
  ) {
    throw badInput(
      `The poll interval must be ${MIN_POLL_INTERVAL_SECONDS}–${MAX_POLL_INTERVAL_SECONDS} seconds.`,
    );
  }
  return value;
}
