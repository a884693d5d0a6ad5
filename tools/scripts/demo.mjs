#!/usr/bin/env node
// `npm run demo`: build Bedside, load the sample data into the local SQLite database, and start
// the whole product (API + dashboard) on one port.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const run = (command, args) => {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

console.log('▸ Building Bedside (API, CLI and dashboard)…');
run('npx', [
  'nx',
  'run-many',
  '-t',
  'build',
  '-p',
  'api',
  'cli',
  'dashboard',
  '--output-style=stream-without-prefixes',
]);

console.log('▸ Loading the sample data (a fictional hospital, labelled "Sample" in the inbox)…');
run(process.execPath, [path.join(root, 'dist/apps/cli/main.js'), 'sample']);

// A demo admin with a fresh password each run (printed below), so the newcomer can sign in.
const DEMO_EMAIL = 'admin@demo.bedside';
const demoPassword = randomBytes(12).toString('base64url');
const cli = (args) =>
  spawnSync(process.execPath, [path.join(root, 'dist/apps/cli/main.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
let account = cli([
  'user',
  'create',
  '--email',
  DEMO_EMAIL,
  '--role',
  'admin',
  '--name',
  'Demo Admin',
  '--password',
  demoPassword,
]);
if (account.status !== 0 && /already exists/.test(account.stderr)) {
  account = cli(['user', 'set-password', '--email', DEMO_EMAIL, '--password', demoPassword]);
}
if (account.status !== 0) {
  process.stderr.write(account.stderr);
  process.exit(account.status ?? 1);
}

console.log('▸ Starting Bedside…');
const server = spawn(process.execPath, [path.join(root, 'dist/apps/api/main.js')], {
  cwd: root,
  stdio: 'inherit',
  env: { LOG_LEVEL: 'warn', ...process.env },
});
const port = process.env.PORT ?? '3000';
const host = process.env.HOST ?? '127.0.0.1';
const url = `http://${host === '0.0.0.0' || host === '127.0.0.1' ? 'localhost' : host}:${port}`;
const started = Date.now();
const poll = setInterval(async () => {
  try {
    const response = await fetch(`${url}/health`);
    if (response.ok) {
      clearInterval(poll);
      console.log(
        `\n  Bedside is running: open ${url}\n` +
          `  Sign in as ${DEMO_EMAIL} with the password ${demoPassword}\n` +
          `  (a new password each run; Ctrl+C stops Bedside; the data stays in ${process.env.DATABASE_PATH ?? './data/bedside.sqlite'})\n`,
      );
    }
  } catch {
    if (Date.now() - started > 60_000) {
      clearInterval(poll);
      console.error(`Bedside did not answer on ${url} within a minute.`);
    }
  }
}, 250);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.kill(signal));
}
server.on('exit', (code) => {
  clearInterval(poll);
  process.exit(code ?? 0);
});
