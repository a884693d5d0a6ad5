import 'reflect-metadata';

import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import {
  AppModule,
  AuthService,
  Clock,
  configureHttpApp,
  createHttpAdapter,
  type DatabaseConfig,
  loadConfig,
  NestPinoLogger,
  setLogLevel,
} from '@bedside/server';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { Client } from 'pg';

import { TEST_POSTGRES_URL } from './postgres-check';

/** The local Redis the scale-out specs share state through (each app group under its own prefix). */
export const TEST_REDIS_URL = process.env['TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379/0';

export type Dialect = 'sqlite' | 'postgres';

export class FixedClock extends Clock {
  constructor(private current: Date) {
    super();
  }

  override now(): Date {
    return new Date(this.current);
  }

  set(date: Date): void {
    this.current = date;
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** How a test request authenticates: a bearer secret, a session cookie, or nothing. */
export type Credentials = { bearer: string } | { cookie: string } | 'anonymous';

export interface TestApp {
  app: NestFastifyApplication;
  url: string;
  clock: FixedClock;
  dialect: Dialect;
  /** The database this app runs on: pass it to a second app to make a replica of this one. */
  database: DatabaseConfig;
  /** Redis settings when the app shares state through Redis (`redis` option), else null. */
  redis: { url: string; prefix: string } | null;
  /** The key channel credentials are encrypted with (a replica needs the same). */
  encryptionKey: Buffer;
  /** An admin API token's secret: what `gql` sends unless told otherwise. */
  adminToken: string;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    as?: Credentials,
  ): Promise<GraphQLResponse<T>>;
  /** A bearer secret for a new API token with this role. */
  tokenFor(role: 'agent' | 'reviewer' | 'manager' | 'admin'): Promise<string>;
  close(): Promise<void>;
}

async function createPostgresSchema(): Promise<{
  database: DatabaseConfig;
  drop: () => Promise<void>;
}> {
  const schema = `bedside_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new Client({ connectionString: TEST_POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA "${schema}"`);
  await admin.end();
  return {
    database: { kind: 'postgres', url: TEST_POSTGRES_URL, poolSize: 5, schema },
    drop: async () => {
      const client = new Client({ connectionString: TEST_POSTGRES_URL });
      await client.connect();
      await client.query(`DROP SCHEMA "${schema}" CASCADE`);
      await client.end();
    },
  };
}

/**
 * Every request of a spec file comes from 127.0.0.1 and most from one admin token, so the real
 * budgets would make specs fail on their own pace; a spec about the limits sets them in `env`.
 */
const TEST_RATE_LIMITS = {
  RATE_LIMIT_API_PER_MINUTE: '100000',
  RATE_LIMIT_SIGN_IN_PER_IP: '10000',
  RATE_LIMIT_SIGN_IN_PER_EMAIL: '10000',
};

/**
 * Boots the real AppModule on a fresh database (a temporary SQLite file, or a fresh schema in
 * the local PostgreSQL) with every migration applied, listening on a free port. Only the clock
 * is replaced.
 */
export async function createTestApp(
  options: {
    dialect?: Dialect;
    now?: Date;
    dashboardDir?: string;
    /** Extra environment variables, validated like the server's own (e.g. alert transports). */
    env?: Record<string, string>;
    /**
     * Run as another replica of an app already started: same database (left in place on close)
     * and, with `redis`, the same Redis prefix.
     */
    replicaOf?: TestApp;
    /** Share state through the local Redis under a prefix of this test's own. */
    redis?: boolean;
  } = {},
): Promise<TestApp> {
  const dialect = options.replicaOf?.dialect ?? options.dialect ?? 'sqlite';
  setLogLevel('silent');
  let database: DatabaseConfig;
  let cleanup: () => Promise<void>;
  if (options.replicaOf) {
    database = options.replicaOf.database;
    cleanup = () => Promise.resolve();
  } else if (dialect === 'postgres') {
    const created = await createPostgresSchema();
    database = created.database;
    cleanup = created.drop;
  } else {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'bedside-test-'));
    database = { kind: 'sqlite', path: path.join(directory, 'bedside.sqlite') };
    cleanup = () => Promise.resolve(fs.rmSync(directory, { recursive: true, force: true }));
  }
  const redis =
    options.replicaOf?.redis ??
    (options.redis
      ? {
          url: TEST_REDIS_URL,
          prefix: `bedside-test-${process.pid}-${randomBytes(4).toString('hex')}`,
        }
      : null);
  const config = {
    ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...TEST_RATE_LIMITS, ...options.env }),
    database,
    dashboardDir: options.dashboardDir ?? null,
    redis,
  };
  // Never the working directory's key file: each test app has its own key (a replica, its original's).
  const encryptionKey =
    config.channels.encryptionKey ?? options.replicaOf?.encryptionKey ?? randomBytes(32);
  config.channels = {
    encryptionKey,
    keyFile: path.join(os.tmpdir(), 'bedside-test-unused.key'),
  };
  const clock = new FixedClock(options.now ?? new Date('2026-11-23T12:00:00.000Z'));
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot(config)] })
    .overrideProvider(Clock)
    .useValue(clock)
    .compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(
    createHttpAdapter({ trustProxy: config.trustProxy }),
    {
      logger: new NestPinoLogger(),
      rawBody: true,
    },
  );
  await configureHttpApp(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const auth = app.get(AuthService);
  const tokenFor: TestApp['tokenFor'] = async (role) =>
    (await auth.createApiToken({ name: `test ${role}`, role, createdById: null })).secret;
  const adminToken = await tokenFor('admin');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    url,
    clock,
    dialect,
    database,
    redis,
    encryptionKey,
    adminToken,
    tokenFor,
    async gql<T>(
      query: string,
      variables?: Record<string, unknown>,
      as: Credentials = { bearer: adminToken },
    ): Promise<GraphQLResponse<T>> {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (as !== 'anonymous' && 'bearer' in as) {
        headers['authorization'] = `Bearer ${as.bearer}`;
      } else if (as !== 'anonymous') {
        headers['cookie'] = as.cookie;
      }
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<T>;
    },
    async close() {
      await app.close();
      await cleanup();
    },
  };
}

/**
 * Whether the PostgreSQL variant of a suite runs: decided once by the global setup
 * (`postgres-setup.ts`), which prints the reason when PostgreSQL is not reachable.
 */
export function isPostgresAvailable(): boolean {
  return process.env['BEDSIDE_TEST_POSTGRES'] === 'available';
}

/** SQLite always; PostgreSQL too when reachable. Use with `describe.each`. */
export function dialectsUnderTest(): Dialect[] {
  return isPostgresAvailable() ? ['sqlite', 'postgres'] : ['sqlite'];
}
