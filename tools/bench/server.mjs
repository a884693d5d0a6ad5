// Starts and stops the built Bedside server as a child process, as a user would run it.
import { execFileSync, spawn } from 'node:child_process';
import * as net from 'node:net';
import * as path from 'node:path';

import { workspaceRoot } from '../build/bundle-node.mjs';

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function startServer({ databasePath, env = {} }) {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(workspaceRoot, 'dist/apps/api/main.js')], {
    cwd: workspaceRoot,
    env: {
      ...process.env,
      DATABASE_PATH: databasePath,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      // Benchmarks measure the server, not its per-caller request budget.
      RATE_LIMIT_API_PER_MINUTE: '0',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // Every operation needs a caller: an admin API token, made as an operator would make one.
  const token = execFileSync(
    process.execPath,
    [
      path.join(workspaceRoot, 'apps/cli/bin/bedside.js'),
      'token',
      'create',
      '--name',
      'bench',
      '--role',
      'admin',
      '--quiet',
    ],
    {
      cwd: workspaceRoot,
      env: { ...process.env, DATABASE_PATH: databasePath, LOG_LEVEL: 'warn' },
      encoding: 'utf8',
    },
  ).trim();
  return {
    url,
    token,
    async gql(query, variables) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = await response.json();
      if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
      return body.data;
    },
    stop() {
      return new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      });
    },
  };
}
