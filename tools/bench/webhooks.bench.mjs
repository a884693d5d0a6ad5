// Webhook intake: signed Meta deliveries fired at the built server by autocannon (another
// process, loopback), each a new comment. Reports deliveries acknowledged per second, the
// latency of an acknowledgement, and how long until every one is stored as a comment (none lost).
import { createHmac } from 'node:crypto';
import * as path from 'node:path';

import autocannon from 'autocannon';
import Database from 'better-sqlite3';

import { startServer } from './server.mjs';

const PAGE_ID = '104829301234567';
const POST_ID = `${PAGE_ID}_998877665544332`;
const APP_SECRET = 'bench-app-secret-0123456789abcdef';

function delivery(index, createdTime) {
  const body = JSON.stringify({
    object: 'page',
    entry: [
      {
        id: PAGE_ID,
        time: createdTime + 5,
        changes: [
          {
            field: 'feed',
            value: {
              item: 'comment',
              verb: 'add',
              comment_id: `${POST_ID.split('_')[1]}_${1_000_000 + index}`,
              post_id: POST_ID,
              parent_id: POST_ID,
              from: { id: String(7_000_000 + (index % 977)), name: `Commenter ${index % 977}` },
              message: `Comment ${index}: the wait in the ER was long but the nurses were kind.`,
              created_time: createdTime,
            },
          },
        ],
      },
    ],
  });
  const signature = `sha256=${createHmac('sha256', APP_SECRET).update(body).digest('hex')}`;
  return { body, signature };
}

export async function benchWebhooks({ deliveries, connections, workDir }) {
  const databasePath = path.join(workDir, `webhooks-${Date.now()}.sqlite`);
  const server = await startServer({
    databasePath,
    env: { BEDSIDE_ENCRYPTION_KEY: 'cd'.repeat(32) },
  });
  try {
    await server.gql(
      `mutation($input: ConnectChannelInput!) { connectChannel(input: $input) { id } }`,
      {
        input: {
          kind: 'FACEBOOK',
          displayName: 'Bench page',
          accountRef: PAGE_ID,
          credentials: [
            { name: 'accessToken', value: 'bench-token' },
            { name: 'appSecret', value: APP_SECRET },
          ],
          // Nothing listens there: the bench measures webhooks, not polling.
          baseUrl: 'http://127.0.0.1:9/v21.0',
        },
      },
    );
    const createdTime = Math.floor(Date.now() / 1000) - 60;
    const bodies = Array.from({ length: deliveries }, (_, index) => delivery(index, createdTime));
    let next = 0;
    const started = process.hrtime.bigint();
    const result = await autocannon({
      url: `${server.url}/webhooks/facebook`,
      connections,
      amount: deliveries,
      requests: [
        {
          method: 'POST',
          setupRequest: (request) => {
            const { body, signature } = bodies[next++ % bodies.length];
            return {
              ...request,
              body,
              headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
            };
          },
        },
      ],
    });
    const acknowledgedSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    const db = new Database(databasePath, { readonly: true });
    let stored = 0;
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      stored = db.prepare(`SELECT COUNT(*) AS n FROM comments`).get().n;
      if (stored >= deliveries) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const storedSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    db.close();
    return {
      deliveries,
      connections,
      ok: result['2xx'],
      errors: result.errors + result.non2xx,
      acknowledgedPerSecond: deliveries / acknowledgedSeconds,
      latencyP50: result.latency.p50,
      latencyP99: result.latency.p99,
      stored,
      storedPerSecond: stored / storedSeconds,
      lost: deliveries - stored,
    };
  } finally {
    await server.stop();
  }
}
