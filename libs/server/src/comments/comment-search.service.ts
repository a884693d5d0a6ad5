import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { type SearchPlan } from './comment-query';
import {
  isVerbatimTerm,
  toFts5Query,
  toFts5QueryWithCompletions,
  toSearchTerms,
  toTsQuery,
} from './search-query';

/**
 * Below this many matches SQLite fetches the matches by rowid and sorts them; above it, walking
 * the order's index is cheaper. Measured at 1M comments: a few thousand lookups cost about what
 * reading a large match set into the IN filter does.
 */
export const FEW_MATCHES = 1000;

/**
 * A prefix that completes to at most this many indexed words is searched as those words; one
 * that completes to more (a letter or two typed so far) stays an FTS5 prefix query.
 */
export const MAX_COMPLETIONS = 8;

/**
 * Bounds of a search walk (fts-walk): the first chunk holds about 1.5 times the rows the density
 * predicts a page needs, within [min, max]; each further chunk doubles, up to max. Past
 * `budget` rows walked the matches are too sparse among the filtered rows for walking, and the
 * page is read the fts-scan way instead.
 */
export const WALK_CHUNK = { min: 128, max: 8192, budget: 24_576 };

/**
 * Rowid ranges asked of FTS5 per chunk: the chunk's rowids are split at their widest gaps (a
 * gap under minGap rowids costs less to read through than another range query).
 */
const MAX_RANGES = 8;
const MIN_GAP = 4096;

/** Per-connection views of the FTS5 vocabulary (temp schema: nothing is written to the file). */
const TERMS_TABLE = 'temp.comments_fts_terms';
const TERM_DOCS_TABLE = 'temp.comments_fts_term_docs';
const VOCABULARY_TABLES: Record<string, string> = {
  [TERMS_TABLE]: 'instance',
  [TERM_DOCS_TABLE]: 'row',
};

/** Chooses how to run a full-text search (see SearchPlan). */
@Injectable()
export class CommentSearchService {
  private readonly postgres: boolean;
  /** The FEW_MATCHES threshold; tests lower it to exercise both plans on small data. */
  fewMatches = FEW_MATCHES;
  /** WALK_CHUNK; tests shrink it to walk small data in several chunks. */
  walkChunk = { ...WALK_CHUNK };
  private vocabularyReady = false;

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
    const last = terms[terms.length - 1];
    const completions = isVerbatimTerm(last) ? await this.completions(last) : null;
    if (completions?.length === 0) {
      // No indexed word starts with the last term: nothing can match.
      return { mode: 'rowids', rowids: [] };
    }
    const query = completions ? toFts5QueryWithCompletions(terms, completions) : toFts5Query(terms);
    // Newest matches first: their spacing tells the walk how dense matches are where it starts.
    const probe = await this.dataSource.query<{ rowid: number }[]>(
      `SELECT rowid FROM comments_fts WHERE comments_fts MATCH ? ORDER BY rowid ${completions ? 'DESC' : 'ASC'} LIMIT ?`,
      [query, this.fewMatches],
    );
    if (probe.length < this.fewMatches) {
      return { mode: 'rowids', rowids: probe.map((row) => row.rowid) };
    }
    if (!completions) {
      return { mode: 'fts-scan', query };
    }
    const span = Math.abs(probe[0].rowid - probe[probe.length - 1].rowid) + 1;
    return {
      mode: 'fts-walk',
      query,
      density: Math.min(1, probe.length / span),
      term: terms.length === 1 && completions.length === 1 ? completions[0] : null,
    };
  }

  /**
   * Matches of a search alone when it is one word that completes to one indexed word (on
   * SQLite): that word's document count, without probing. Null otherwise.
   */
  async countOneWord(search: string): Promise<number | null> {
    const terms = toSearchTerms(search);
    if (this.postgres || terms.length !== 1 || !isVerbatimTerm(terms[0])) {
      return null;
    }
    const completions = await this.completions(terms[0]);
    if (completions?.length !== 1) {
      return completions?.length === 0 ? 0 : null;
    }
    return this.documentCount(completions[0]);
  }

  /** Matches of a search alone (no other filter), without touching the comments table. */
  async countMatches(plan: SearchPlan): Promise<number | null> {
    if (plan.mode === 'rowids') {
      return plan.rowids.length;
    }
    if (plan.mode === 'fts-walk' && plan.term !== null) {
      return this.documentCount(plan.term);
    }
    if (plan.mode === 'fts-scan' || plan.mode === 'fts-walk') {
      const [row] = await this.dataSource.query<{ count: number }[]>(
        'SELECT count(*) AS count FROM comments_fts WHERE comments_fts MATCH ?',
        [plan.query],
      );
      return Number(row?.count ?? 0);
    }
    return null;
  }

  /** Rows holding an indexed word: its document count in the index's vocabulary (exact). */
  private async documentCount(word: string): Promise<number> {
    const [row] = await this.vocabulary<{ doc: number }>(
      `SELECT doc FROM ${TERM_DOCS_TABLE} WHERE term = ?`,
      [word],
    );
    return Number(row?.doc ?? 0);
  }

  /**
   * Which of `rowids` match `query` (an fts-walk query). FTS5 is asked for its matches in a few
   * rowid ranges covering them, and SQLite keeps those among `rowids`.
   */
  async matchingRowids(query: string, rowids: readonly number[]): Promise<Set<number>> {
    if (rowids.length === 0) {
      return new Set();
    }
    const ranges = coveringRanges(rowids);
    // CAST: better-sqlite3 binds JS numbers as REAL, and FTS5 only seeks by an INTEGER rowid.
    const inRange = ranges
      .map(
        () =>
          'SELECT rowid FROM comments_fts WHERE comments_fts MATCH ? AND rowid BETWEEN CAST(? AS INTEGER) AND CAST(? AS INTEGER)',
      )
      .join(' UNION ALL ');
    const rows = await this.dataSource.query<{ rowid: number }[]>(
      `SELECT value AS rowid FROM json_each(?) WHERE value IN (${inRange})`,
      [JSON.stringify(rowids), ...ranges.flatMap(([low, high]) => [query, low, high])],
    );
    return new Set(rows.map((row) => Number(row.rowid)));
  }

  /**
   * The indexed words starting with `prefix`, in order; null when there are more than
   * MAX_COMPLETIONS. Each step seeks the vocabulary past the previous word (`term > w` would
   * read every instance of w first; no indexed word lies between w and w + U+0001).
   */
  private async completions(prefix: string): Promise<string[] | null> {
    const words: string[] = [];
    let from = prefix;
    for (;;) {
      const [row] = await this.vocabulary<{ term: string }>(
        `SELECT term FROM ${TERMS_TABLE} WHERE term >= ? LIMIT 1`,
        [from],
      );
      if (!row || !row.term.startsWith(prefix)) {
        return words;
      }
      if (words.length === MAX_COMPLETIONS) {
        return null;
      }
      words.push(row.term);
      from = `${row.term}\u0001`;
    }
  }

  /**
   * Queries a vocabulary table, creating the tables on this connection first. They are created
   * once; if the connection was replaced since (or a rolled-back transaction took them with it),
   * the query fails once, and they are created again.
   */
  private async vocabulary<T>(sql: string, parameters: unknown[]): Promise<T[]> {
    if (!this.vocabularyReady) {
      await this.createVocabulary();
    }
    try {
      return await this.dataSource.query<T[]>(sql, parameters);
    } catch (error) {
      if (!String((error as Error)?.message).includes('no such table')) {
        throw error;
      }
      await this.createVocabulary();
      return this.dataSource.query<T[]>(sql, parameters);
    }
  }

  private async createVocabulary(): Promise<void> {
    for (const [table, type] of Object.entries(VOCABULARY_TABLES)) {
      await this.dataSource.query(
        `CREATE VIRTUAL TABLE IF NOT EXISTS ${table} USING fts5vocab(main, 'comments_fts', '${type}')`,
      );
    }
    this.vocabularyReady = true;
  }
}

/**
 * At most MAX_RANGES [low, high] rowid ranges covering `rowids`, split at the widest gaps of at
 * least MIN_GAP. Comments are mostly stored in time order, so a chunk of the newest comments is
 * one narrow range, plus one per batch imported late.
 */
export function coveringRanges(rowids: readonly number[]): [number, number][] {
  const sorted = [...rowids].sort((a, b) => a - b);
  const gaps = sorted
    .slice(1)
    .map((rowid, index) => ({ after: index, width: rowid - sorted[index] }))
    .filter((gap) => gap.width >= MIN_GAP)
    .sort((a, b) => b.width - a.width)
    .slice(0, MAX_RANGES - 1)
    .map((gap) => gap.after)
    .sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  let start = 0;
  for (const end of [...gaps, sorted.length - 1]) {
    ranges.push([sorted[start], sorted[end]]);
    start = end + 1;
  }
  return ranges;
}
