import Database from 'better-sqlite3';

import { runCli, scratch } from './run-cli';

describe('bedside channels status', () => {
  const space = scratch();
  afterAll(() => space.remove());
  const env = (): Record<string, string> => ({ DATABASE_PATH: space.database });

  it('says there is nothing yet on a new database', () => {
    expect(runCli(['migrate'], env()).status).toBe(0);
    const empty = runCli(['channels', 'status'], env());
    expect(empty.status).toBe(0);
    expect(empty.stdout).toContain('No channels yet');
  });

  it('shows each channel with its state, health, schedule and failure, never its credentials', () => {
    const db = new Database(space.database);
    const now = Date.now();
    const at = (offsetMs: number): string =>
      new Date(now + offsetMs).toISOString().replace('T', ' ').replace('Z', '');
    db.prepare(
      `INSERT INTO channels (id, kind, display_name, external_account_id, is_sample, created_at) VALUES (?, ?, ?, ?, 0, ?)`,
    ).run('c1', 'facebook', 'Riverbend on Facebook', '104829301234567', at(-86_400_000));
    db.prepare(
      `INSERT INTO channels (id, kind, display_name, external_account_id, is_sample, created_at) VALUES (?, ?, ?, ?, 0, ?)`,
    ).run('c2', 'x', 'Riverbend on X', '2244994945', at(-86_400_000));
    db.prepare(
      `INSERT INTO channels (id, kind, display_name, external_account_id, is_sample, created_at) VALUES (?, ?, ?, NULL, 0, ?)`,
    ).run('c3', 'import', 'Import', at(-86_400_000));
    const insert = db.prepare(
      `INSERT INTO channel_connections (channel_id, state, credentials, settings, health, health_message, failing_since, consecutive_failures, next_poll_at, last_polled_at, last_item_at, created_at, updated_at)
       VALUES (?, ?, 'v1:secret-ciphertext', '{}', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    insert.run(
      'c1',
      'active',
      'healthy',
      null,
      null,
      0,
      at(45_000),
      at(-15_000),
      at(-120_000),
      at(-86_400_000),
      at(0),
    );
    insert.run(
      'c2',
      'active',
      'rate_limited',
      'x: HTTP 429 on GET /users/2244994945/mentions (retry in 900 s)',
      at(-600_000),
      3,
      at(900_000),
      at(-30_000),
      at(-3_600_000),
      at(-86_400_000),
      at(0),
    );
    db.close();

    const table = runCli(['channels', 'status'], env());
    expect(table.status).toBe(0);
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(
      /^CHANNEL\s+PLATFORM\s+ACCOUNT\s+STATE\s+HEALTH\s+LAST ITEM\s+LAST POLL\s+NEXT POLL\s+FAILURES\s+MESSAGE$/,
    );
    const facebook = lines.find((line) => line.startsWith('Riverbend on Facebook'));
    expect(facebook).toMatch(
      /Facebook\s+104829301234567\s+active\s+healthy\s+2m ago\s+\d+s ago\s+in \d+s\s+0\s+Healthy/,
    );
    const x = lines.find((line) => line.startsWith('Riverbend on X'));
    expect(x).toMatch(/rate_limited since \d{4}-\d{2}-\d{2} \d{2}:\d{2}Z/);
    expect(x).toContain('in 15m');
    expect(x).toContain('HTTP 429');
    expect(lines.find((line) => line.startsWith('Import'))).toContain('import only');
    expect(table.stdout).not.toContain('ciphertext');

    const json = runCli(['channels', 'status', '--json'], env());
    const rows = json.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows).toHaveLength(3);
    expect(json.stdout).not.toContain('ciphertext');
    expect(rows.find((row) => row['channelId'] === 'c2')).toMatchObject({
      kind: 'x',
      connection: { health: 'rate_limited', consecutiveFailures: 3 },
    });
  });
});
