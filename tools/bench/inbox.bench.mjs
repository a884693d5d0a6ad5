// Inbox query latency through the real GraphQL API with 1,000,000 comments stored.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

import Database from 'better-sqlite3';
import { v7 as uuidv7 } from 'uuid';

import { benchComment, CHANNELS, random } from './corpus.mjs';
import { migratedDatabase } from './ingest.bench.mjs';
import { startServer } from './server.mjs';
import { workspaceRoot } from '../build/bundle-node.mjs';

const INTENTS = [
  'medical_advice_request',
  'emergency',
  'self_harm',
  'complaint',
  'praise',
  'service_question',
  'misinformation',
  'spam',
  'abuse',
];
const URGENCIES = ['critical', 'high', 'normal', 'low'];
const STATUSES = ['new', 'in_progress', 'replied', 'escalated', 'closed', 'hidden'];
const SENTIMENTS = ['negative', 'neutral', 'positive'];

function weighted(rand, weights) {
  let roll = rand();
  for (let index = 0; index < weights.length; index += 1) {
    roll -= weights[index];
    if (roll < 0) return index;
  }
  return weights.length - 1;
}

/** Bump when the fill below changes, so a cached database from an older fill is rebuilt. */
const FILL_VERSION = 'reports-1';

/**
 * Fills a migrated database with `rows` triaged-looking comments on 200 posts, the replied ones
 * with a first response, then the facet counts and report rollups (reused between runs).
 */
export async function filledDatabase(file, rows) {
  const marker = `${file}.rows`;
  if (
    fs.existsSync(file) &&
    fs.existsSync(marker) &&
    fs.readFileSync(marker, 'utf8') === `${rows}:${FILL_VERSION}`
  ) {
    return;
  }
  for (const suffix of ['', '-wal', '-shm', '.rows']) fs.rmSync(file + suffix, { force: true });
  await migratedDatabase(file);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const now = new Date().toISOString().replace('T', ' ').replace('Z', '');
  const channelIds = Object.fromEntries(CHANNELS.map((kind) => [kind, uuidv7()]));
  const insertChannel = db.prepare(
    `INSERT INTO channels (id, kind, display_name, external_account_id, is_sample, created_at) VALUES (?, ?, ?, NULL, 0, ?)`,
  );
  for (const kind of CHANNELS) insertChannel.run(channelIds[kind], kind, kind, now);
  const posts = Array.from({ length: 200 }, (_, index) => ({
    id: uuidv7(),
    channelId: channelIds[CHANNELS[index % CHANNELS.length]],
  }));
  const insertPost = db.prepare(
    `INSERT INTO posts (id, channel_id, external_id, url, text, published_at, created_at) VALUES (?, ?, ?, NULL, NULL, NULL, ?)`,
  );
  posts.forEach((post, index) => insertPost.run(post.id, post.channelId, `post-${index}`, now));
  const insert = db.prepare(
    `INSERT INTO comments (id, channel_id, external_id, author_name, author_handle, text, url, created_at, received_at, status, revision,
       sentiment, sentiment_score, intents, intent_flags, urgency, urgency_rank, phi_spans, has_phi, triage_model_version,
       post_id, first_responded_at)
     VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, '[]', 0, 'bench', ?, ?)`,
  );
  const sqliteTime = (ms) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '');
  const rand = random(42);
  const start = Date.UTC(2025, 0, 1);
  const fill = db.transaction((from, to) => {
    for (let index = from; index < to; index += 1) {
      const c = benchComment(rand, index, start);
      const intent = weighted(rand, [0.08, 0.005, 0.003, 0.2, 0.25, 0.2, 0.03, 0.05, 0.02]);
      const urgency =
        intent === 1 || intent === 2 ? 0 : intent === 0 ? 1 : weighted(rand, [0, 0.15, 0.45, 0.4]);
      const status = weighted(rand, [0.35, 0.05, 0.3, 0.05, 0.2, 0.05]);
      const sentiment = weighted(rand, [0.35, 0.35, 0.3]);
      const created = Date.parse(c.createdAt);
      const post = posts[Math.floor(rand() * posts.length)];
      // Replied and closed comments were answered between a minute and two days later.
      const responded =
        status === 2 || status === 4
          ? sqliteTime(created + 60_000 + rand() * 48 * 3_600_000)
          : null;
      insert.run(
        uuidv7(),
        channelIds[c.channel],
        c.externalId,
        c.authorName,
        c.authorHandle,
        c.text,
        sqliteTime(created),
        sqliteTime(created),
        STATUSES[status],
        SENTIMENTS[sentiment],
        sentiment - 1,
        JSON.stringify([{ label: INTENTS[intent], confidence: 0.9 }]),
        1 << intent,
        URGENCIES[urgency],
        urgency,
        post.id,
        responded,
      );
    }
  });
  const chunk = 20_000;
  for (let from = 0; from < rows; from += chunk) {
    fill(from, Math.min(rows, from + chunk));
    process.stderr.write(
      `\r  filling the benchmark database: ${Math.min(rows, from + chunk).toLocaleString('en-US')} / ${rows.toLocaleString('en-US')}`,
    );
  }
  process.stderr.write('\n');
  db.exec(
    `INSERT INTO comment_facet_counts (channel_id, status, urgency_rank, sentiment, intent_flags, has_phi, count)
     SELECT channel_id, status, urgency_rank, sentiment, intent_flags, has_phi, COUNT(*) FROM comments
     GROUP BY channel_id, status, urgency_rank, sentiment, intent_flags, has_phi`,
  );
  db.exec('ANALYZE');
  db.close();
  // The comments went in behind the server's back: roll them up as an operator would.
  execFileSync(
    process.execPath,
    [path.join(workspaceRoot, 'apps/cli/bin/bedside.js'), 'reports', 'rebuild'],
    {
      cwd: workspaceRoot,
      env: { ...process.env, DATABASE_PATH: file, LOG_LEVEL: 'warn' },
      stdio: 'inherit',
    },
  );
  fs.writeFileSync(marker, `${rows}:${FILL_VERSION}`);
}

const ROW_FIELDS = `id externalId text authorName authorHandle createdAt status sentiment urgency hasPhi rating
  intents { label confidence } channel { id kind displayName isSample }`;

export const INBOX_QUERIES = {
  'first page (newest 50 + total)': {
    query: `{ comments(first: 50) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${ROW_FIELDS} } } } }`,
  },
  'filtered page (new · Facebook · high urgency)': {
    query: `{ comments(first: 50, filter: { status: [NEW], channel: [FACEBOOK], urgency: [HIGH] }) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${ROW_FIELDS} } } } }`,
  },
  'most urgent page (new)': {
    query: `{ comments(first: 50, orderBy: MOST_URGENT, filter: { status: [NEW] }) { totalCount edges { node { ${ROW_FIELDS} } } } }`,
  },
  'search, common word ("parking")': {
    query: `{ comments(first: 50, filter: { search: "parking" }) { totalCount edges { node { ${ROW_FIELDS} } } } }`,
  },
  'search, rare word (one author handle)': {
    query: `{ comments(first: 50, filter: { search: "user424242" }) { totalCount edges { node { ${ROW_FIELDS} } } } }`,
  },
  'tab counts': {
    query: `{ inboxCounts { new inProgress replied escalated closed hidden total } }`,
  },
};

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function benchInbox({ rows, workDir, iterations = 100 }) {
  const file = path.join(workDir, `inbox-${rows}.sqlite`);
  await filledDatabase(file, rows);
  const server = await startServer({ databasePath: file });
  const results = {};
  try {
    for (const [name, { query }] of Object.entries(INBOX_QUERIES)) {
      for (let warm = 0; warm < 10; warm += 1) await server.gql(query);
      const times = [];
      for (let run = 0; run < iterations; run += 1) {
        const started = process.hrtime.bigint();
        await server.gql(query);
        times.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      times.sort((a, b) => a - b);
      results[name] = { p50: percentile(times, 50), p95: percentile(times, 95) };
    }
  } finally {
    await server.stop();
  }
  return { rows, results };
}
