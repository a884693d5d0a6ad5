import 'reflect-metadata';

import { type DataSource } from 'typeorm';

import { type AuditService } from '../audit/audit.service';
import { type ChannelsService } from '../channels/channels.service';
import { openDatabase } from '../database/data-source';
import { type Transactor } from '../database/transactor';
import { type DomainEvents } from '../events/domain-events';
import { type ReportRollups } from '../reports/report-rollups';
import { CommentSearchService, coveringRanges, WALK_CHUNK } from './comment-search.service';
import { CommentsService } from './comments.service';
import { type CommentFilter, CommentOrder } from './dto/comment-filter.input';
import { type FacetCountsService } from './facet-counts.service';
import {
  isVerbatimTerm,
  toFts5Query,
  toFts5QueryWithCompletions,
  toSearchTerms,
  toTsQuery,
} from './search-query';

describe('search query', () => {
  it.each([
    ['parking garage', ['parking', 'garage'], '"parking" "garage"*', 'parking & garage:*'],
    [
      '  "ER" wait -- 6 hrs?? ',
      ['er', 'wait', '6', 'hrs'],
      '"er" "wait" "6" "hrs"*',
      'er & wait & 6 & hrs:*',
    ],
    ['@dana_k', ['dana', 'k'], '"dana" "k"*', 'dana & k:*'],
    ['dolor de pecho', ['dolor', 'de', 'pecho'], '"dolor" "de" "pecho"*', 'dolor & de & pecho:*'],
    [
      'NEAR(a b) OR c*',
      ['near', 'a', 'b', 'or', 'c'],
      '"near" "a" "b" "or" "c"*',
      'near & a & b & or & c:*',
    ],
  ])('%p', (input, terms, fts, ts) => {
    expect(toSearchTerms(input)).toEqual(terms);
    expect(toFts5Query(terms)).toBe(fts);
    expect(toTsQuery(terms)).toBe(ts);
  });

  it('finds no terms in punctuation or emoji alone', () => {
    expect(toSearchTerms('?!… 😡')).toEqual([]);
  });

  it('spells a prefix out as the words it completes to', () => {
    expect(toFts5QueryWithCompletions(['parking'], ['parking'])).toBe('"parking"');
    expect(toFts5QueryWithCompletions(['the', 'park'], ['parked', 'parking'])).toBe(
      '"the" AND ("parked" OR "parking")',
    );
  });

  it('looks up completions only for words FTS5 indexes as written', () => {
    expect(isVerbatimTerm('user424242')).toBe(true);
    expect(isVerbatimTerm('lucía')).toBe(false);
    expect(isVerbatimTerm('straße')).toBe(false);
  });

  it('covers rowids with few ranges, split at the widest gaps', () => {
    expect(coveringRanges([5, 3, 4])).toEqual([[3, 5]]);
    expect(coveringRanges([900_000, 10, 900_002, 12, 900_001])).toEqual([
      [10, 12],
      [900_000, 900_002],
    ]);
    const scattered = Array.from({ length: 20 }, (_, index) => index * 100_000);
    expect(coveringRanges(scattered)).toHaveLength(8);
  });
});

/**
 * The search plans of SQLite must return exactly the rows, order and counts of the simplest
 * plan (every match fetched by rowid and sorted), including when comments are not stored in time
 * order (late imports) and when a walk takes several chunks or runs out of budget.
 */
describe('SQLite search plans', () => {
  let dataSource: DataSource;
  let searches: CommentSearchService;
  let comments: CommentsService;
  const channels = ['00000000-0000-7000-8000-00000000000a', '00000000-0000-7000-8000-00000000000b'];

  beforeAll(async () => {
    dataSource = await openDatabase({ kind: 'sqlite', path: ':memory:' });
    searches = new CommentSearchService(dataSource);
    comments = new CommentsService(
      dataSource,
      {} as ChannelsService,
      {} as FacetCountsService,
      searches,
      {} as Transactor,
      {} as AuditService,
      {} as DomainEvents,
      {} as ReportRollups,
    );
    for (const id of channels) {
      await dataSource.query(
        `INSERT INTO channels (id, kind, display_name, external_account_id, is_sample, created_at) VALUES (?, 'facebook', 'x', NULL, 0, '2025-01-01 00:00:00.000')`,
        [id],
      );
    }
    const words = ['parking', 'parked', 'parkings', 'garage', 'nurses', 'the', 'lucía', 'er'];
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    // Stored in one order, written in another: every tenth comment is an old one imported late,
    // and some share a timestamp so the id breaks the tie.
    for (let index = 0; index < 600; index += 1) {
      const minute = index % 10 === 9 ? Math.floor(random() * 300) : index;
      const text = words.filter(() => random() < 0.3).join(' ') || 'hello';
      await dataSource.query(
        `INSERT INTO comments (id, channel_id, external_id, author_name, author_handle, text, created_at, received_at, status, revision, urgency_rank, intent_flags, has_phi)
         VALUES (?, ?, ?, 'Ann', NULL, ?, ?, '2025-01-01 00:00:00.000', ?, 1, ?, 0, 0)`,
        [
          `00000000-0000-7000-8000-${String(Math.floor(random() * 1e12)).padStart(12, '0')}`,
          channels[index % 2],
          `e-${index}`,
          text,
          new Date(Date.UTC(2025, 0, 1) + minute * 60_000)
            .toISOString()
            .replace('T', ' ')
            .slice(0, 23),
          index % 3 === 0 ? 'closed' : 'new',
          index % 4,
        ],
      );
    }
  });

  afterAll(async () => {
    await dataSource.destroy();
  });

  /** Every page, following the cursors, and the total. */
  async function everything(filter: CommentFilter, order: CommentOrder, first: number) {
    const ids: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 1000; pages += 1) {
      const page = await comments.list({ filter, order, first, after });
      ids.push(...page.edges.map((edge) => edge.node.id));
      if (!page.hasNextPage) {
        break;
      }
      after = page.edges[page.edges.length - 1].cursor;
    }
    return { ids, total: await comments.count(filter) };
  }

  const searchesToTry = [
    'parking',
    'park',
    'the parki',
    'nurses garage',
    'luci',
    'lucí',
    'e',
    'zzz',
  ];
  const filters: CommentFilter[] = [{}, { status: ['new'] as never }, { channelId: [channels[1]] }];

  it.each(searchesToTry)('%p: every plan pages to the same comments', async (search) => {
    for (const filter of filters) {
      for (const order of [CommentOrder.NEWEST, CommentOrder.OLDEST, CommentOrder.MOST_URGENT]) {
        const request = { ...filter, search };
        searches.fewMatches = 1_000_000;
        const simple = await everything(request, order, 7);
        expect((await searches.plan(search))?.mode).toBe('rowids');
        try {
          searches.fewMatches = 2;
          for (const walkChunk of [
            { min: 4, max: 16, budget: 1_000_000 },
            { min: 4, max: 8, budget: 12 },
            WALK_CHUNK,
          ]) {
            searches.walkChunk = walkChunk;
            expect(await everything(request, order, 7)).toEqual(simple);
          }
        } finally {
          searches.fewMatches = 1_000_000;
          searches.walkChunk = { ...WALK_CHUNK };
        }
      }
    }
  });

  it('uses the walk for a common word and counts it from the vocabulary', async () => {
    searches.fewMatches = 2;
    try {
      const plan = await searches.plan('garage');
      expect(plan).toMatchObject({ mode: 'fts-walk', query: '"garage"', term: 'garage' });
      const [{ count }] = await dataSource.query<{ count: number }[]>(
        `SELECT count(*) AS count FROM comments WHERE text LIKE '%garage%'`,
      );
      expect(await comments.count({ search: 'garage' })).toBe(count);
      expect(await searches.countMatches(plan as never)).toBe(count);
      expect(await searches.countOneWord('garage')).toBe(count);
      expect(await searches.countOneWord('zzz')).toBe(0);
      expect(await searches.countOneWord('park')).toBeNull();
      expect(await searches.plan('park')).toMatchObject({
        mode: 'fts-walk',
        query: '("parked" OR "parking" OR "parkings")',
        term: null,
      });
      // Not ASCII: left to FTS5's prefix query, which folds the accent.
      expect(await searches.plan('lucí')).toMatchObject({ mode: 'fts-scan', query: '"lucí"*' });
    } finally {
      searches.fewMatches = 1_000_000;
    }
  });

  it.each(searchesToTry)('%p: completions find what the prefix query finds', async (search) => {
    const terms = toSearchTerms(search);
    const prefix = await dataSource.query<{ rowid: number }[]>(
      'SELECT rowid FROM comments_fts WHERE comments_fts MATCH ? ORDER BY rowid',
      [toFts5Query(terms)],
    );
    const plan = await searches.plan(search);
    expect(plan?.mode).toBe('rowids');
    const planned = plan?.mode === 'rowids' ? [...plan.rowids].sort((a, b) => a - b) : [];
    expect(planned).toEqual(prefix.map((row) => row.rowid));
  });
});
