// Ingest throughput through the public API (ingestComments over HTTP into SQLite) against raw
// batched inserts of the same rows, with the same driver, into the same migrated schema.
import * as fs from 'node:fs';
import * as path from 'node:path';

import Database from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';

import { benchComment, CHANNELS, random } from './corpus.mjs';
import { startServer } from './server.mjs';

const BATCH = 1000;

function sqliteDate(iso) {
  return iso.replace('T', ' ').replace('Z', '');
}

export async function migratedDatabase(file) {
  const server = await startServer({ databasePath: file });
  await server.stop();
}

export async function benchIngest({ rows, workDir }) {
  const rand = random(7);
  const start = Date.UTC(2026, 0, 1);
  const comments = Array.from({ length: rows }, (_, index) => benchComment(rand, index, start));

  const apiFile = path.join(workDir, 'ingest-api.sqlite');
  const server = await startServer({ databasePath: apiFile });
  const mutation = `mutation($c: [CommentInput!]!) { ingestComments(comments: $c) { accepted rejected { index } } }`;
  await server.gql(mutation, {
    c: comments.slice(0, 200).map((c) => ({ ...c, externalId: `warm-${c.externalId}` })),
  });
  const apiStarted = process.hrtime.bigint();
  let accepted = 0;
  for (let offset = 0; offset < comments.length; offset += BATCH) {
    const data = await server.gql(mutation, { c: comments.slice(offset, offset + BATCH) });
    accepted += data.ingestComments.accepted;
  }
  const apiSeconds = Number(process.hrtime.bigint() - apiStarted) / 1e9;
  await server.stop();
  if (accepted !== rows) throw new Error(`expected ${rows} accepted, got ${accepted}`);

  const rawFile = path.join(workDir, 'ingest-raw.sqlite');
  await migratedDatabase(rawFile);
  const db = new Database(rawFile);
  db.pragma('journal_mode = WAL');
  // The same pragmas the server sets on its connection (libs/server/src/database/data-source.ts).
  for (const pragma of [
    'foreign_keys = ON',
    'busy_timeout = 5000',
    'synchronous = FULL',
    'cache_size = -65536',
    'temp_store = MEMORY',
  ]) {
    db.pragma(pragma);
  }
  const now = sqliteDate(new Date().toISOString());
  const channelIds = Object.fromEntries(CHANNELS.map((kind) => [kind, uuidv7()]));
  const insertChannel = db.prepare(
    `INSERT INTO channels (id, kind, display_name, external_account_id, is_sample, created_at) VALUES (?, ?, ?, NULL, 0, ?)`,
  );
  for (const kind of CHANNELS) insertChannel.run(channelIds[kind], kind, kind, now);
  const insert = db.prepare(
    `INSERT INTO comments (id, channel_id, external_id, author_name, author_handle, text, url, created_at, received_at, status, revision, intent_flags, urgency_rank, has_phi)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'new', 1, 0, 4, 0)`,
  );
  const insertBatch = db.transaction((batch) => {
    for (const c of batch) {
      insert.run(
        uuidv7(),
        channelIds[c.channel],
        c.externalId,
        c.authorName,
        c.authorHandle,
        c.text,
        c.url,
        sqliteDate(c.createdAt),
        now,
      );
    }
  });
  const rawStarted = process.hrtime.bigint();
  for (let offset = 0; offset < comments.length; offset += BATCH) {
    insertBatch(comments.slice(offset, offset + BATCH));
  }
  const rawSeconds = Number(process.hrtime.bigint() - rawStarted) / 1e9;
  db.close();
  for (const file of [apiFile, rawFile]) {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  }
  return {
    rows,
    apiPerSecond: rows / apiSeconds,
    rawPerSecond: rows / rawSeconds,
    ratio: rawSeconds / apiSeconds,
  };
}
