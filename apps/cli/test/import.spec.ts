import * as fs from 'node:fs';
import * as path from 'node:path';

import { countComments, runCli, scratch } from './run-cli';

function writeLines(file: string, count: number, row: (index: number) => string): void {
  const descriptor = fs.openSync(file, 'w');
  try {
    for (let index = 1; index <= count; index += 1) {
      fs.writeSync(descriptor, `${row(index)}\n`);
    }
  } finally {
    fs.closeSync(descriptor);
  }
}

describe('bedside import', () => {
  const space = scratch();
  afterAll(() => space.remove());

  it('stores 9,999 of 10,000 rows and reports the bad one by line, and imports nothing twice', () => {
    const file = path.join(space.dir, 'ten-thousand.jsonl');
    writeLines(file, 10_000, (index) =>
      JSON.stringify({
        channel: ['facebook', 'x', 'instagram'][index % 3],
        externalId: `row-${index}`,
        text: index === 5_002 ? '' : `Comment ${index}: where do visitors park?`,
        createdAt: new Date(Date.UTC(2026, 9, 1) + index * 60_000).toISOString(),
      }),
    );
    const first = runCli(['import', file], { DATABASE_PATH: space.database });
    expect(first.stderr).not.toMatch(/error/i);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(
      '10,000 rows — 9,999 accepted, 0 updated, 0 duplicates, 1 rejected',
    );
    expect(first.stdout).toContain('line 5,002 (row-5002): text is required');
    expect(countComments(space.database)).toBe(9_999);

    const again = runCli(['import', file, '--json'], { DATABASE_PATH: space.database });
    const report = JSON.parse(again.stdout) as {
      accepted: number;
      duplicates: number;
      rejected: { line: number }[];
    };
    expect(report).toMatchObject({ accepted: 0, duplicates: 9_999, rejected: [{ line: 5_002 }] });
    expect(countComments(space.database)).toBe(9_999);
  });

  it.each([
    [
      'csv',
      'external_id,channel,message,author,created_time\n' +
        'csv-1,facebook,"Thanks, ""everyone""\non 4 West",Ana,2026-11-20T10:00:00Z\n' +
        'csv-2,facebook,,Bo,2026-11-20T10:00:00Z\n' +
        'csv-3,x,Visiting hours?,Cy,yesterday\n' +
        'csv-4,x,Parking is full again,Di,2026-11-20T11:00:00Z\n',
      [
        'line 4 (csv-2): text is required',
        'line 5 (csv-3): createdAt "yesterday" is not a valid date',
      ],
    ],
    [
      'json',
      '[\n  {"externalId": "json-1", "channel": "blog", "text": "Great article"},\n' +
        '  {"externalId": "json-2", "channel": "myspace", "text": "hi"},\n' +
        '  {"externalId": "json-3", "channel": "blog", "text": "More like this"}\n]\n',
      ['line 3 (json-2): unknown channel "myspace"'],
    ],
  ])(
    'imports a %s file, reporting bad rows by the line they start on',
    (format, content, messages) => {
      const { dir, database, remove } = scratch();
      try {
        const file = path.join(dir, `comments.${format}`);
        fs.writeFileSync(file, content);
        const run = runCli(['import', file], { DATABASE_PATH: database });
        expect(run.status).toBe(0);
        for (const message of messages) {
          expect(run.stdout).toContain(message);
        }
        expect(countComments(database)).toBe(2);
      } finally {
        remove();
      }
    },
  );

  it('uses --channel for rows that name no channel', () => {
    const { dir, database, remove } = scratch();
    try {
      const file = path.join(dir, 'export.csv');
      fs.writeFileSync(file, 'id,comment\nrv-1,Five stars for the ER team\n');
      const run = runCli(['import', file, '--channel', 'google_review'], {
        DATABASE_PATH: database,
      });
      expect(run.stdout).toContain('1 accepted');
    } finally {
      remove();
    }
  });

  it('fails clearly for a missing file', () => {
    const run = runCli(['import', path.join(space.dir, 'nope.csv')], {
      DATABASE_PATH: space.database,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no such file');
  });

  it('streams 100,000 rows (57 MB) within a 64 MB heap (triage models included), so it never holds the file', () => {
    const { dir, database, remove } = scratch();
    try {
      const file = path.join(dir, 'big.jsonl');
      const padding = 'x'.repeat(500);
      writeLines(file, 100_000, (index) =>
        JSON.stringify({
          channel: 'facebook',
          externalId: `big-${index}`,
          text: `Comment ${index} ${padding}`,
        }),
      );
      expect(fs.statSync(file).size).toBeGreaterThan(55_000_000);
      const run = runCli(['import', file, '--no-progress'], {
        DATABASE_PATH: database,
        NODE_OPTIONS: '--max-old-space-size=64',
      });
      expect(run.stderr).not.toContain('heap out of memory');
      expect(run.stdout).toContain('100,000 accepted');
      expect(countComments(database)).toBe(100_000);
    } finally {
      remove();
    }
  });
});
