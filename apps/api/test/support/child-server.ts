import { type ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

import { AuthService, createServicesContext, loadConfig } from '@bedside/server';

const WORKSPACE = fileURLToPath(new URL('../../../../', import.meta.url));
export const BUILT_SERVER = path.join(WORKSPACE, 'dist/apps/api/main.js');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Migrates a fresh SQLite file and makes an admin API token on it, as an operator would. */
export async function prepareDatabase(
  databasePath: string,
  env: Record<string, string>,
): Promise<string> {
  const context = await createServicesContext(
    loadConfig({ LOG_LEVEL: 'silent', DATABASE_PATH: databasePath, ...env }),
  );
  try {
    const token = await context
      .get(AuthService)
      .createApiToken({ name: 'crash test', role: 'admin', createdById: null });
    return token.secret;
  } finally {
    await context.close();
  }
}

export interface ChildServer {
  url: string;
  process: ChildProcess;
  /** SIGKILL: no shutdown hook runs, nothing is flushed. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** The built server (`npm start`) as a separate process on a free port. */
export async function startChildServer(env: Record<string, string>): Promise<ChildServer> {
  if (!fs.existsSync(BUILT_SERVER)) {
    throw new Error(`${BUILT_SERVER} is missing: build the api first (nx build api)`);
  }
  const port = await freePort();
  const child = spawn(process.execPath, [BUILT_SERVER], {
    cwd: WORKSPACE,
    env: {
      ...process.env,
      LOG_LEVEL: 'warn',
      PORT: String(port),
      RATE_LIMIT_API_PER_MINUTE: '0',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`server exited with code ${child.exitCode}`);
    }
    try {
      if ((await fetch(`${url}/health`)).ok) {
        break;
      }
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('server did not start within 60 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    process: child,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
