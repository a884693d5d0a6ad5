// Reports page latency through the real GraphQL API with 1,000,000 comments stored: the page's
// own queries (taken from the dashboard's generated documents) issued together as the page does,
// against the same measures computed by a full scan of the comments table.
import * as fs from 'node:fs';
import * as path from 'node:path';

import Database from 'better-sqlite3';

import { workspaceRoot } from '../build/bundle-node.mjs';
import { filledDatabase } from './inbox.bench.mjs';
import { startServer } from './server.mjs';

const DAY = 86_400_000;

/** The dashboard's GraphQL documents by name (operations and fragments), from the codegen output. */
function dashboardDocuments() {
  const source = fs.readFileSync(path.join(workspaceRoot, 'apps/dashboard/src/gql/gql.ts'), 'utf8');
  const documents = new Map();
  for (const match of source.matchAll(/^\s+("(?:[^"\\]|\\.)*"): types\.\w+,$/gm)) {
    const text = JSON.parse(match[1]);
    const name = /(?:query|mutation|subscription|fragment)\s+(\w+)/.exec(text)?.[1];
    if (name) documents.set(name, text);
  }
  return documents;
}

/** An operation with every fragment it spreads, recursively, as one request body. */
function operation(documents, name) {
  const included = new Set();
  const parts = [];
  const add = (documentName) => {
    if (included.has(documentName)) return;
    included.add(documentName);
    const text = documents.get(documentName);
    if (!text) throw new Error(`The dashboard has no GraphQL document ${documentName}`);
    parts.push(text);
    for (const spread of text.matchAll(/\.\.\.(\w+)/g)) add(spread[1]);
  };
  add(name);
  return parts.join('\n');
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const sqliteTime = (ms) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '');

/**
 * The page's measures straight from the comments: volume per channel and bucket, sentiment per
 * bucket, intent and urgency mix, first-response times, top posts, for the range and the one
 * before it. The fastest full scan there is (raw SQL in process, no HTTP), so the ratio is fair.
 */
function fullScan(db, from, to) {
  const span = to - from;
  const bucketLength = span <= 2 * DAY ? 13 : 10;
  const results = [];
  for (const [start, end] of [
    [from - span, from],
    [from, to],
  ]) {
    const range = [sqliteTime(start), sqliteTime(end)];
    results.push(
      db
        .prepare(
          `SELECT substr(created_at, 1, ${bucketLength}) AS bucket, channel_id, sentiment, COUNT(*) AS n
           FROM comments WHERE created_at >= ? AND created_at < ? GROUP BY 1, 2, 3`,
        )
        .all(...range),
      db
        .prepare(
          `SELECT intent_flags, urgency_rank, COUNT(*) AS n FROM comments
           WHERE created_at >= ? AND created_at < ? GROUP BY 1, 2`,
        )
        .all(...range),
      db
        .prepare(
          `SELECT post_id, COUNT(*) AS n, SUM(sentiment = 'negative') AS negative FROM comments
           WHERE created_at >= ? AND created_at < ? AND post_id IS NOT NULL
           GROUP BY 1 ORDER BY 2 DESC LIMIT 10`,
        )
        .all(...range),
    );
    const waits = db
      .prepare(
        `SELECT urgency_rank, (julianday(first_responded_at) - julianday(received_at)) * 86400 AS seconds
         FROM comments WHERE created_at >= ? AND created_at < ? AND first_responded_at IS NOT NULL`,
      )
      .all(...range)
      .map((row) => row.seconds)
      .sort((a, b) => a - b);
    results.push([percentile(waits, 50), percentile(waits, 90)]);
  }
  return results;
}

export async function benchReports({ rows, workDir, iterations = 100 }) {
  const file = path.join(workDir, `inbox-${rows}.sqlite`);
  await filledDatabase(file, rows);
  const documents = dashboardDocuments();
  const page = {
    report: operation(documents, 'ReportPage'),
    channels: operation(documents, 'ReportChannels'),
    spikes: operation(documents, 'ActiveSpikes'),
  };
  // The filled comments start on 2025-01-01, one a second.
  const dataStart = Date.UTC(2025, 0, 1);
  const dataEnd = dataStart + rows * 1000;
  const ranges = {
    'last 7 days': [dataEnd - 7 * DAY, dataEnd],
    'last 30 days': [dataEnd - 30 * DAY, dataEnd],
    'last 24 hours': [dataEnd - DAY, dataEnd],
  };
  const server = await startServer({ databasePath: file });
  const results = {};
  try {
    for (const [name, [from, to]] of Object.entries(ranges)) {
      const filter = { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
      const load = () =>
        Promise.all([
          server.gql(page.report, { filter }),
          server.gql(page.channels),
          server.gql(page.spikes),
        ]);
      const [first] = await load();
      for (let warm = 0; warm < 5; warm += 1) await load();
      const times = [];
      for (let run = 0; run < iterations; run += 1) {
        const started = process.hrtime.bigint();
        await load();
        times.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      times.sort((a, b) => a - b);
      const db = new Database(file, { readonly: true });
      const scans = [];
      for (let run = 0; run < 3; run += 1) {
        const started = process.hrtime.bigint();
        fullScan(db, from, to);
        scans.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
      db.close();
      scans.sort((a, b) => a - b);
      const fullScanMs = scans[1];
      results[name] = {
        comments: first.report.comments.current,
        p50: percentile(times, 50),
        p95: percentile(times, 95),
        fullScanMs,
        ratio: fullScanMs / percentile(times, 50),
      };
    }
  } finally {
    await server.stop();
  }
  return { rows, results };
}
