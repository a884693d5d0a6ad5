#!/usr/bin/env node
// `npm run bench`: the performance figures the issues ask for. Not part of the test run.
//   BENCH_ROWS=1000000 (inbox size)  BENCH_INGEST_ROWS=50000  BENCH_WEBHOOKS=5000
//   BENCH_ONLY=ingest,inbox,reports,triage,webhooks
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { workspaceRoot } from '../build/bundle-node.mjs';
import { benchInbox } from './inbox.bench.mjs';
import { benchIngest } from './ingest.bench.mjs';
import { benchReports } from './reports.bench.mjs';
import { benchWebhooks } from './webhooks.bench.mjs';

const only = (process.env.BENCH_ONLY ?? 'ingest,inbox,reports,triage,webhooks').split(',');
const workDir = process.env.BENCH_DIR ?? path.join(os.tmpdir(), 'bedside-bench');
fs.mkdirSync(workDir, { recursive: true });
const number = (value, digits = 0) =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

console.log('Building the server…');
execFileSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', '--skip-nx-cache=false'], {
  cwd: workspaceRoot,
  stdio: 'inherit',
});

const report = {
  machine: { cpus: os.cpus().length, node: process.version },
  at: new Date().toISOString(),
};

if (only.includes('ingest')) {
  const rows = Number(process.env.BENCH_INGEST_ROWS ?? 50_000);
  console.log(
    `\nIngest: ${number(rows)} comments through ingestComments (HTTP, batches of 1,000) vs raw better-sqlite3 inserts`,
  );
  const ingest = await benchIngest({ rows, workDir });
  report.ingest = ingest;
  console.log(`  through the API : ${number(ingest.apiPerSecond)} comments/s`);
  console.log(`  raw inserts     : ${number(ingest.rawPerSecond)} rows/s`);
  console.log(`  ratio           : ${number(ingest.ratio * 100, 1)}% of raw (target ≥ 25%)`);
}

if (only.includes('inbox')) {
  const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
  console.log(
    `\nInbox queries over GraphQL with ${number(rows)} comments stored (100 runs each, ms)`,
  );
  const inbox = await benchInbox({ rows, workDir });
  report.inbox = inbox;
  for (const [name, { p50, p95 }] of Object.entries(inbox.results)) {
    console.log(
      `  ${name.padEnd(48)} p50 ${number(p50, 1).padStart(7)}   p95 ${number(p95, 1).padStart(7)}${p95 > 20 ? '  (over the 20 ms target)' : ''}`,
    );
  }
}

if (only.includes('reports')) {
  const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
  console.log(
    `\nReports page over GraphQL with ${number(rows)} comments stored (its 3 queries together, 100 loads, ms) vs a full scan`,
  );
  const reports = await benchReports({ rows, workDir });
  report.reports = reports;
  for (const [name, result] of Object.entries(reports.results)) {
    console.log(
      `  ${name.padEnd(14)} (${number(result.comments).padStart(9)} comments)  p50 ${number(result.p50, 1).padStart(6)}   p95 ${number(result.p95, 1).padStart(6)}${result.p95 > 200 ? '  (over the 200 ms target)' : ''}   full scan ${number(result.fullScanMs, 0).padStart(6)}  (${number(result.ratio, 0)}× slower)`,
    );
  }
}

if (only.includes('webhooks')) {
  const deliveries = Number(process.env.BENCH_WEBHOOKS ?? 5_000);
  console.log(
    `\nWebhooks: ${number(deliveries)} signed Meta deliveries (autocannon, 50 connections) into the durable inbox`,
  );
  const webhooks = await benchWebhooks({ deliveries, connections: 50, workDir });
  report.webhooks = webhooks;
  console.log(
    `  acknowledged     : ${number(webhooks.acknowledgedPerSecond)} deliveries/s (p50 ${webhooks.latencyP50} ms, p99 ${webhooks.latencyP99} ms)`,
  );
  console.log(
    `  stored           : ${number(webhooks.stored)} comments, ${number(webhooks.storedPerSecond)}/s end to end`,
  );
  console.log(`  lost             : ${webhooks.lost} (errors ${webhooks.errors})`);
}

if (only.includes('triage') && fs.existsSync(path.join(workspaceRoot, 'tools/triage/bench.ts'))) {
  console.log('\nTriage');
  execFileSync('npx', ['tsx', 'tools/triage/bench.ts'], { cwd: workspaceRoot, stdio: 'inherit' });
}

fs.mkdirSync(path.join(workspaceRoot, 'bench-results'), { recursive: true });
fs.writeFileSync(
  path.join(workspaceRoot, 'bench-results/latest.json'),
  JSON.stringify(report, null, 2),
);
console.log('\nWritten to bench-results/latest.json');
