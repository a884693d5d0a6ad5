import * as fs from 'node:fs';
import * as path from 'node:path';

import Database from 'better-sqlite3';

import { runCli, scratch } from './run-cli';

interface Row {
  external_id: string;
  sentiment: string;
  urgency: string;
  triage_model_version: string;
}

describe('bedside retriage', () => {
  const space = scratch();
  afterAll(() => space.remove());

  const rows = (): Row[] => {
    const db = new Database(space.database, { readonly: true });
    try {
      return db
        .prepare(
          'SELECT external_id, sentiment, urgency, triage_model_version FROM comments ORDER BY external_id',
        )
        .all() as Row[];
    } finally {
      db.close();
    }
  };

  /** The facet counts must always equal a real GROUP BY over the comments. */
  const facetsMatch = (): void => {
    const db = new Database(space.database, { readonly: true });
    try {
      const facets = db
        .prepare(
          `SELECT urgency_rank, sentiment, sum(count) AS n FROM comment_facet_counts
           GROUP BY urgency_rank, sentiment HAVING sum(count) != 0 ORDER BY 1, 2`,
        )
        .all();
      const actual = db
        .prepare(
          `SELECT urgency_rank, coalesce(sentiment, '') AS sentiment, count(*) AS n FROM comments
           GROUP BY urgency_rank, sentiment ORDER BY 1, 2`,
        )
        .all();
      expect(facets).toEqual(actual);
    } finally {
      db.close();
    }
  };

  it('re-labels comments labelled by another model, moving the inbox counts with them', () => {
    const file = path.join(space.dir, 'comments.jsonl');
    fs.writeFileSync(
      file,
      [
        { externalId: 'r1', text: 'my mom has chest pain right now and cant breathe' },
        { externalId: 'r2', text: 'Thank you so much to the amazing nurses on 5 East!' },
        { externalId: 'r3', text: 'What are your visiting hours on Sunday?' },
      ]
        .map((row) => JSON.stringify({ channel: 'facebook', ...row }))
        .join('\n'),
    );
    expect(runCli(['import', file], { DATABASE_PATH: space.database }).status).toBe(0);
    const labelled = rows();
    expect(labelled.map((row) => row.urgency)).toEqual(['critical', 'low', 'normal']);

    // An older model that got every label wrong, as far as the stored rows can tell.
    const db = new Database(space.database);
    db.prepare(
      `UPDATE comments SET sentiment = 'neutral', urgency = 'normal', urgency_rank = 2,
       triage_model_version = 'old-model'`,
    ).run();
    db.prepare('DELETE FROM comment_facet_counts').run();
    db.prepare(
      `INSERT INTO comment_facet_counts (channel_id, status, urgency_rank, sentiment, intent_flags, has_phi, count)
       SELECT channel_id, status, urgency_rank, sentiment, intent_flags, has_phi, count(*) FROM comments
       GROUP BY channel_id, status, urgency_rank, sentiment, intent_flags, has_phi`,
    ).run();
    db.close();

    const run = runCli(['retriage'], { DATABASE_PATH: space.database });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Re-triaged 3 comments with model .+: 3 changed\.\n$/);
    expect(rows()).toEqual(labelled);
    facetsMatch();

    const again = runCli(['retriage'], { DATABASE_PATH: space.database });
    expect(again.stdout).toContain('Every comment is already labelled by model');
    const all = runCli(['retriage', '--all', '--batch-size', '2'], {
      DATABASE_PATH: space.database,
    });
    expect(all.stdout).toMatch(/Re-triaged 3 comments .*: 0 changed/);
    facetsMatch();
  });
});
