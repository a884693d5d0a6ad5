import * as fs from 'node:fs';
import * as path from 'node:path';

import Database from 'better-sqlite3';

import { runCli, scratch } from './run-cli';

const TABLES = [
  'report_hourly_counts',
  'report_daily_counts',
  'report_post_daily',
  'report_response_daily',
];

describe('bedside reports rebuild', () => {
  const space = scratch();
  afterAll(() => space.remove());

  const rollups = (): Record<string, unknown[]> => {
    const db = new Database(space.database, { readonly: true });
    try {
      return Object.fromEntries(
        TABLES.map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2, 3`).all()]),
      );
    } finally {
      db.close();
    }
  };

  it('recomputes from the comments exactly the rollups ingestion kept', () => {
    const file = path.join(space.dir, 'comments.jsonl');
    const texts = [
      'my mom has chest pain right now and cant breathe',
      'Thank you so much to the amazing nurses on 5 East!',
      'What are your visiting hours on Sunday?',
      'Waited 6 hours in the ER, worst experience ever',
    ];
    fs.writeFileSync(
      file,
      Array.from({ length: 40 }, (_, index) =>
        JSON.stringify({
          channel: index % 3 === 0 ? 'instagram' : 'facebook',
          externalId: `rb${index}`,
          postExternalId: `post-${index % 4}`,
          createdAt: new Date(Date.UTC(2026, 10, 1 + (index % 5), index % 24, 5)).toISOString(),
          text: texts[index % texts.length],
        }),
      ).join('\n'),
    );
    expect(runCli(['import', file], { DATABASE_PATH: space.database }).status).toBe(0);
    const kept = rollups();
    expect(kept['report_daily_counts']?.length).toBeGreaterThan(5);
    expect(kept['report_post_daily']?.length).toBeGreaterThan(4);

    // Rollups lost or wrong (a restore, a bulk load behind the server's back) are rebuilt.
    const db = new Database(space.database);
    db.prepare('DELETE FROM report_hourly_counts').run();
    db.prepare('UPDATE report_daily_counts SET count = count + 7').run();
    db.close();

    const run = runCli(['reports', 'rebuild'], { DATABASE_PATH: space.database });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Report rollups rebuilt in \d+\.\d s\.\n$/);
    expect(rollups()).toEqual(kept);
  });
});
