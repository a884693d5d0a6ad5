import * as path from 'node:path';

import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const HTTP_URL = /^https?:\/\/[^\s/]+\S*$/;
const EMAIL = /^[^\s@<>,]+@[^\s@<>,]+$/;
/** `alerts@hospital.org` or `Bedside <alerts@hospital.org>`. */
const EMAIL_ADDRESS = /^(?:[^<>@]*<[^\s@<>,]+@[^\s@<>,]+>|[^\s@<>,]+@[^\s@<>,]+)$/;

/** Variables whose value may hold a password or token: a message never shows them. */
const SECRET_VARIABLES = new Set([
  'DATABASE_URL',
  'ALERT_WEBHOOK_URL',
  'ALERT_WEBHOOK_SECRET',
  'SMTP_URL',
  'BEDSIDE_ENCRYPTION_KEY',
  'REDIS_URL',
]);

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/**
 * Every environment variable Bedside reads, with its default. The server validates them once at
 * start; nothing else in the code reads `process.env`.
 */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL (leave it unset for SQLite)')
    .optional(),
  DATABASE_PATH: z.string().min(1).default('./data/bedside.sqlite'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  // Several replicas share subscriptions, presence, rate limits and jobs through Redis; unset,
  // one process keeps them in memory.
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/\S+$/, 'must be a redis:// or rediss:// URL (redis://host:6379/0)')
    .optional(),
  // A prefix for every Redis key, so several Bedside installations (or test runs) can share one Redis.
  REDIS_PREFIX: z
    .string()
    .regex(/^[\w.:-]{1,64}$/, 'must be 1-64 letters, digits, or . : _ -')
    .default('bedside'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  DASHBOARD_DIR: z.string().min(1).optional(),
  // Requests per minute (0 turns a limit off); kept in memory, so per server process.
  RATE_LIMIT_API_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  RATE_LIMIT_SIGN_IN_PER_IP: z.coerce.number().int().min(0).default(10),
  RATE_LIMIT_SIGN_IN_PER_EMAIL: z.coerce.number().int().min(0).default(10),
  TRUST_PROXY: z
    .string()
    .regex(
      /^(true|false|\d+|[\d.:a-fA-F/]+(\s*,\s*[\d.:a-fA-F/]+)*)$/,
      'must be true, false, a number of proxies, or proxy addresses separated by commas',
    )
    .default('false'),
  // Critical alerts (libs/server/src/alerts); the pairs that belong together are checked in loadConfig.
  BEDSIDE_PUBLIC_URL: z.string().regex(HTTP_URL, 'must be an http:// or https:// URL').optional(),
  ALERT_WEBHOOK_URL: z.string().regex(HTTP_URL, 'must be an http:// or https:// URL').optional(),
  ALERT_WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, 'must be an smtp:// or smtps:// URL (smtp://user:pass@host:587)')
    .optional(),
  ALERT_EMAIL_FROM: z.string().regex(EMAIL_ADDRESS, 'must be an e-mail address').optional(),
  // 32 bytes as 64 hex digits or base64; encrypts channel credentials at rest (AES-256-GCM).
  BEDSIDE_ENCRYPTION_KEY: z
    .string()
    .refine(
      (value) => decodeKey(value) !== null,
      'must be 32 bytes as 64 hex digits or base64 (openssl rand -base64 32)',
    )
    .optional(),
  ALERT_EMAIL_TO: z
    .string()
    .refine(
      (value) => splitList(value).length > 0 && splitList(value).every((to) => EMAIL.test(to)),
      'must be a comma-separated list of e-mail addresses',
    )
    .optional(),
});

export type Env = z.infer<typeof envSchema>;

export type DatabaseConfig =
  | { kind: 'sqlite'; path: string }
  | { kind: 'postgres'; url: string; poolSize: number; schema?: string };

export interface AppConfig {
  env: Env['NODE_ENV'];
  host: string;
  port: number;
  logLevel: Env['LOG_LEVEL'];
  database: DatabaseConfig;
  /** Folder of the built dashboard, served at `/`; null to serve the API alone. */
  dashboardDir: string | null;
  rateLimits: RateLimitsConfig;
  /** Fastify's `trustProxy`: which proxies may say who the client is (X-Forwarded-For). */
  trustProxy: boolean | number | string;
  alerts: AlertsConfig;
  channels: ChannelsConfig;
  /** Shared state for several replicas; null runs everything in this one process. */
  redis: RedisConfig | null;
}

export interface RedisConfig {
  url: string;
  /** Every key and channel name starts with `${prefix}:`. */
  prefix: string;
}

/** Where the key that encrypts channel credentials comes from. */
export interface ChannelsConfig {
  /** From BEDSIDE_ENCRYPTION_KEY; null to use (or create) `keyFile`. */
  encryptionKey: Buffer | null;
  /** A key generated on first use beside the SQLite database, readable by its owner only. */
  keyFile: string;
}

/** A 32-byte key from 64 hex digits or base64; null for anything else. */
export function decodeKey(value: string): Buffer | null {
  const trimmed = value.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed)
    ? Buffer.from(trimmed, 'hex')
    : Buffer.from(trimmed, 'base64');
  return key.length === 32 ? key : null;
}

/** Where critical alerts go; a transport that is not configured is null and gets no deliveries. */
export interface AlertsConfig {
  /** The dashboard's address as people reach it, without a trailing slash (links in alerts). */
  publicUrl: string;
  webhook: { url: string; secret: string } | null;
  email: { smtpUrl: string; from: string; to: string[] } | null;
}

/** Requests allowed per minute; 0 means no limit. */
export interface RateLimitsConfig {
  /** Per caller (session, API token, or IP address when signed out) on every API operation. */
  apiPerMinute: number;
  /** Sign-in attempts per client IP address, on top of the account lock-out. */
  signInPerIp: number;
  /** Sign-in attempts per e-mail address, from any address. */
  signInPerEmail: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function describeValue(value: unknown): string {
  if (value === undefined) {
    return 'it is not set';
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `got "${text.slice(0, 60)}"`;
}

/**
 * Validates the environment and turns it into the typed configuration the app uses. Throws a
 * `ConfigError` whose message names every bad variable, e.g. `PORT: must be an integer between
 * 1 and 65535 (got "abc")`. Secrets are never echoed: the URL is only described as a URL.
 *
 * @example loadConfig({ PORT: '4000', DATABASE_PATH: '/var/lib/bedside/db.sqlite' })
 */
export function loadConfig(
  env: Record<string, string | undefined>,
  options: { defaultDashboardDir?: string | null } = {},
): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.');
      const shown = SECRET_VARIABLES.has(name) ? 'value hidden' : describeValue(env[name]);
      return `${name}: ${friendlyMessage(issue)} (${shown})`;
    });
    throw new ConfigError(problems);
  }
  const values = parsed.data;
  const missing = missingAlertSettings(values);
  if (missing.length > 0) {
    throw new ConfigError(missing);
  }
  const database: DatabaseConfig = values.DATABASE_URL
    ? { kind: 'postgres', url: values.DATABASE_URL, poolSize: values.DATABASE_POOL_SIZE }
    : { kind: 'sqlite', path: path.resolve(values.DATABASE_PATH) };
  return {
    env: values.NODE_ENV,
    host: values.HOST,
    port: values.PORT,
    logLevel: values.LOG_LEVEL,
    database,
    dashboardDir: values.DASHBOARD_DIR
      ? path.resolve(values.DASHBOARD_DIR)
      : (options.defaultDashboardDir ?? null),
    rateLimits: {
      apiPerMinute: values.RATE_LIMIT_API_PER_MINUTE,
      signInPerIp: values.RATE_LIMIT_SIGN_IN_PER_IP,
      signInPerEmail: values.RATE_LIMIT_SIGN_IN_PER_EMAIL,
    },
    trustProxy: parseTrustProxy(values.TRUST_PROXY),
    alerts: alertsConfig(values),
    channels: {
      encryptionKey: values.BEDSIDE_ENCRYPTION_KEY
        ? decodeKey(values.BEDSIDE_ENCRYPTION_KEY)
        : null,
      keyFile: path.join(path.dirname(path.resolve(values.DATABASE_PATH)), 'bedside.key'),
    },
    redis: values.REDIS_URL ? { url: values.REDIS_URL, prefix: values.REDIS_PREFIX } : null,
  };
}

/** A half-configured alert channel would look configured and never deliver: refuse it at start. */
function missingAlertSettings(values: Env): string[] {
  const pairs: [needed: keyof Env, when: keyof Env][] = [
    ['ALERT_WEBHOOK_SECRET', 'ALERT_WEBHOOK_URL'],
    ['ALERT_EMAIL_FROM', 'SMTP_URL'],
    ['ALERT_EMAIL_TO', 'SMTP_URL'],
    ['SMTP_URL', 'ALERT_EMAIL_TO'],
  ];
  return pairs
    .filter(([needed, when]) => values[when] !== undefined && values[needed] === undefined)
    .map(([needed, when]) => `${needed}: is required when ${when} is set (it is not set)`);
}

function alertsConfig(values: Env): AlertsConfig {
  const host = values.HOST === '0.0.0.0' || values.HOST === '::' ? 'localhost' : values.HOST;
  return {
    publicUrl: (values.BEDSIDE_PUBLIC_URL ?? `http://${host}:${values.PORT}`).replace(/\/+$/, ''),
    webhook:
      values.ALERT_WEBHOOK_URL && values.ALERT_WEBHOOK_SECRET
        ? { url: values.ALERT_WEBHOOK_URL, secret: values.ALERT_WEBHOOK_SECRET }
        : null,
    email:
      values.SMTP_URL && values.ALERT_EMAIL_FROM && values.ALERT_EMAIL_TO
        ? {
            smtpUrl: values.SMTP_URL,
            from: values.ALERT_EMAIL_FROM,
            to: splitList(values.ALERT_EMAIL_TO),
          }
        : null,
  };
}

function parseTrustProxy(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') {
    return value === 'true';
  }
  return /^\d+$/.test(value) ? Number(value) : value;
}

function friendlyMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return `must be one of ${issue.values.map(String).join(', ')}`;
    case 'too_small':
    case 'too_big':
      return issue.path[0] === 'PORT' ? 'must be an integer between 1 and 65535' : issue.message;
    case 'invalid_type':
      return issue.expected === 'number' ? 'must be a number' : issue.message;
    default:
      return issue.message;
  }
}
