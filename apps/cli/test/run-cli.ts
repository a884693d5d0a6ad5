import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

import Database from 'better-sqlite3';

const BIN = fileURLToPath(new URL('../bin/bedside.js', import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A scratch folder with its own database file for one spec. */
export function scratch(): { dir: string; database: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bedside-cli-'));
  return {
    dir,
    database: path.join(dir, 'bedside.sqlite'),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** Runs `bedside …` exactly as `npx bedside …` does, in a child process. */
export function runCli(args: string[], env: Record<string, string>, input?: string): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function countComments(database: string): number {
  const db = new Database(database, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM comments').get() as { n: number }).n;
  } finally {
    db.close();
  }
}
