import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { type SearchPlan } from './comment-query';
import { toFts5Query, toSearchTerms, toTsQuery } from './search-query';

/**
 * Below this many matches SQLite fetches the matches by rowid and sorts them; above it, walking
 * the order's index is cheaper. Measured at 1M comments: a few thousand lookups cost about what
 * reading a large match set into the IN filter does.
 */
export const FEW_MATCHES = 1000;

/** Chooses how to run a full-text search (see SearchPlan). */
@Injectable()
export class CommentSearchService {
  private readonly postgres: boolean;
  /** The FEW_MATCHES threshold; tests lower it to exercise both plans on small data. */
  fewMatches = FEW_MATCHES;

  constructor(private readonly dataSource: DataSource) {
    this.postgres = dataSource.options.type === 'postgres';
  }

  /** Null when the search box holds no words (only punctuation or emoji): nothing to filter. */
  async plan(search: string | null | undefined): Promise<SearchPlan | null> {
    const terms = search ? toSearchTerms(search) : [];
    if (terms.length === 0) {
      return null;
    }
    if (this.postgres) {
      return { mode: 'postgres', query: toTsQuery(terms) };
    }
    const query = toFts5Query(terms);
    const probe = await this.dataSource.query<{ rowid: number }[]>(
      'SELECT rowid FROM comments_fts WHERE comments_fts MATCH ? LIMIT ?',
      [query, this.fewMatches],
    );
    return probe.length < this.fewMatches
      ? { mode: 'rowids', rowids: probe.map((row) => row.rowid) }
      : { mode: 'fts-scan', query };
  }

  /** Matches of a search alone (no other filter), without touching the comments table. */
  async countMatches(plan: SearchPlan): Promise<number | null> {
    if (plan.mode === 'rowids') {
      return plan.rowids.length;
    }
    if (plan.mode === 'fts-scan') {
      const [row] = await this.dataSource.query<{ count: number }[]>(
        'SELECT count(*) AS count FROM comments_fts WHERE comments_fts MATCH ?',
        [plan.query],
      );
      return Number(row?.count ?? 0);
    }
    return null;
  }
}
