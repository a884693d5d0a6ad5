import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import Database from 'better-sqlite3';

import { prepareDatabase, startChildServer } from './support/child-server';
import { deliver, metaDelivery } from './support/fake-graph-api';
import { waitFor } from './support/wait-for';

const PAGE_ID = '104829301234567';
const POST_ID = `${PAGE_ID}_998877665544332`;
const APP_SECRET = 'riverbend-app-secret-0123456789';
const DELIVERIES = 3000;
const KILL_AFTER = 1000;

/**
 * A real server process killed with SIGKILL in the middle of a webhook storm loses no delivery it
 * acknowledged: after a restart, the platform's redeliveries of what was not acknowledged and the
 * inbox left behind add up to every comment, each stored once.
 */
describe('webhooks survive a killed server process', () => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'bedside-crash-'));
  const databasePath = path.join(directory, 'bedside.sqlite');
  const env = {
    DATABASE_PATH: databasePath,
    BEDSIDE_ENCRYPTION_KEY: 'ab'.repeat(32),
    NODE_ENV: 'production',
  };

  afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

  it('stores every acknowledged delivery exactly once after SIGKILL and restart', async () => {
    const token = await prepareDatabase(databasePath, env);
    let server = await startChildServer(env);
    const connected = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id } }`,
        variables: {
          input: {
            kind: 'FACEBOOK',
            displayName: 'Riverbend on Facebook',
            accountRef: PAGE_ID,
            credentials: [
              { name: 'accessToken', value: 'EAAB-token' },
              { name: 'appSecret', value: APP_SECRET },
            ],
            // Nothing listens there: polling fails quietly, webhooks are what this test sends.
            baseUrl: 'http://127.0.0.1:9/v21.0',
          },
        },
      }),
    });
    expect(((await connected.json()) as { errors?: unknown }).errors).toBeUndefined();

    const deliveries = Array.from({ length: DELIVERIES }, (_, index) =>
      metaDelivery(APP_SECRET, PAGE_ID, {
        verb: 'add',
        commentId: `crash_${index}`,
        postId: POST_ID,
        message: `Comment ${index}: thank you to the team on 3 North.`,
        createdTime: Math.floor(Date.now() / 1000) - 60,
      }),
    );
    const acknowledged = new Set<number>();
    let next = 0;
    let killed = null as Promise<void> | null;
    const url = server.url;
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        while (next < deliveries.length) {
          const index = next++;
          try {
            if ((await deliver(url, deliveries[index])) === 200) {
              acknowledged.add(index);
            }
          } catch {
            // The connection died with the process: not acknowledged, so the platform retries.
          }
          if (acknowledged.size >= KILL_AFTER && !killed) {
            killed = server.kill();
          }
        }
      }),
    );
    await killed;
    expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER);

    const db = new Database(databasePath, { readonly: true });
    const count = (sql: string): number => (db.prepare(sql).get() as { n: number }).n;
    const pendingAtKill = count(`SELECT COUNT(*) AS n FROM webhook_inbox WHERE status = 'pending'`);
    const inboxAtKill = count(`SELECT COUNT(*) AS n FROM webhook_inbox`);
    // Everything acknowledged was durable before the answer left.
    expect(inboxAtKill).toBeGreaterThanOrEqual(acknowledged.size);

    server = await startChildServer(env);
    try {
      // The platform redelivers what was never acknowledged, and some of what was (Meta does).
      const redeliver = deliveries
        .map((delivery, index) => ({ delivery, index }))
        .filter(({ index }) => !acknowledged.has(index) || index % 10 === 0);
      for (let offset = 0; offset < redeliver.length; offset += 20) {
        const statuses = await Promise.all(
          redeliver.slice(offset, offset + 20).map(({ delivery }) => deliver(server.url, delivery)),
        );
        expect(statuses.every((status) => status === 200)).toBe(true);
      }
      await waitFor(
        'the inbox to drain',
        () => count(`SELECT COUNT(*) AS n FROM webhook_inbox WHERE status <> 'done'`),
        (pending) => pending === 0,
        60_000,
      );
      const stored = db
        .prepare(`SELECT external_id AS id, COUNT(*) AS n FROM comments GROUP BY external_id`)
        .all() as { id: string; n: number }[];
      expect(stored.filter((row) => row.n !== 1)).toEqual([]);
      const ids = new Set(stored.map((row) => row.id));
      expect([...acknowledged].filter((index) => !ids.has(`crash_${index}`))).toEqual([]);
      expect(ids.size).toBe(DELIVERIES);
      console.log(
        `SIGKILL after ${acknowledged.size} acknowledged deliveries (${pendingAtKill} still unprocessed in the inbox); ` +
          `after restart and redelivery all ${DELIVERIES} stored once`,
      );
    } finally {
      db.close();
      await server.stop();
    }
  }, 180_000);
});
