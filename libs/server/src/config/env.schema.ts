import * as path from 'node:path';

import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

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
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  DASHBOARD_DIR: z.string().min(1).optional(),
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
      const shown = name === 'DATABASE_URL' ? 'value hidden' : describeValue(env[name]);
      return `${name}: ${friendlyMessage(issue)} (${shown})`;
    });
    throw new ConfigError(problems);
  }
  const values = parsed.data;
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
  };
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
