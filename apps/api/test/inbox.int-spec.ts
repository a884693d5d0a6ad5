import { CommentSearchService, FEW_MATCHES } from '@bedside/server';

import { commentRow, INGEST, type IngestReportShape, LIST, type ListShape } from './fixtures';
import { createTestApp, dialectsUnderTest, type TestApp } from './test-app';

const COUNTS = /* GraphQL */ `
  query Counts($filter: CommentFilter) {
    inboxCounts(filter: $filter) {
      new
      inProgress
      replied
      escalated
      closed
      hidden
      total
    }
  }
`;

const UPDATE_STATUS = /* GraphQL */ `
  mutation Update($input: UpdateCommentStatusInput!) {
    updateCommentStatus(input: $input) {
      id
      status
    }
  }
`;

type Counts = Record<
  'new' | 'inProgress' | 'replied' | 'escalated' | 'closed' | 'hidden' | 'total',
  number
>;

const CHANNELS = ['facebook', 'instagram', 'x', 'youtube', 'google_review', 'blog'];

/** 30 comments, one a minute, cycling through the channels; a few carry words to search for. */
function dataset() {
  return Array.from({ length: 30 }, (_, index) => {
    const words =
      index % 10 === 0
        ? 'the parking garage was full again'
        : index % 7 === 0
          ? 'great nurses in the NICU'
          : 'thanks';
    return commentRow(`inbox-${String(index).padStart(2, '0')}`, `${words} (${index})`, index, {
      channel: CHANNELS[index % CHANNELS.length],
      authorName: index === 3 ? 'Dana Whitfield' : `Person ${index}`,
      authorHandle: index === 4 ? '@riverdad' : undefined,
    });
  });
}

describe.each(dialectsUnderTest())('the inbox on %s', (dialect) => {
  let test: TestApp;

  beforeAll(async () => {
    test = await createTestApp({ dialect });
    const response = await test.gql<IngestReportShape>(INGEST, { comments: dataset() });
    if (response.data?.ingestComments.accepted !== 30) {
      throw new Error(`the dataset did not load: ${JSON.stringify(response)}`);
    }
  });

  afterAll(async () => {
    await test.close();
  });

  async function list(variables: Record<string, unknown>): Promise<ListShape['comments']> {
    const response = await test.gql<ListShape>(LIST, variables);
    expect(response.errors).toBeUndefined();
    return (response.data as ListShape).comments;
  }

  const ids = (page: ListShape['comments']) => page.edges.map((edge) => edge.node.externalId);

  it('lists newest first with a total count', async () => {
    const page = await list({ first: 3 });
    expect(ids(page)).toEqual(['inbox-29', 'inbox-28', 'inbox-27']);
    expect(page.totalCount).toBe(30);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it.each([
    ['NEWEST', 'inbox-29', 'inbox-00'],
    ['OLDEST', 'inbox-00', 'inbox-29'],
  ])(
    'walks every page in %s order with keyset cursors, never repeating a comment',
    async (orderBy, first, last) => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 10; pages += 1) {
        const page: ListShape['comments'] = await list({ first: 7, orderBy, after });
        seen.push(...ids(page));
        if (!page.pageInfo.hasNextPage) {
          break;
        }
        after = page.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(30);
      expect(new Set(seen).size).toBe(30);
      expect(seen[0]).toBe(first);
      expect(seen[29]).toBe(last);
    },
  );

  it('refuses a cursor that is not one of ours', async () => {
    const response = await test.gql(LIST, { first: 5, after: 'bm90LWEtY3Vyc29y' });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('filters by channel', async () => {
    const page = await list({ first: 50, filter: { channel: ['X', 'BLOG'] } });
    expect(page.totalCount).toBe(10);
    expect(new Set(page.edges.map((edge) => edge.node.channel.kind))).toEqual(
      new Set(['X', 'BLOG']),
    );
  });

  it('filters by a date range, start inclusive and end exclusive', async () => {
    const page = await list({
      first: 50,
      filter: {
        createdAfter: '2026-11-20T08:10:00.000Z',
        createdBefore: '2026-11-20T08:13:00.000Z',
      },
    });
    expect(ids(page)).toEqual(['inbox-12', 'inbox-11', 'inbox-10']);
    expect(page.totalCount).toBe(3);
  });

  it.each([
    ['parking', ['inbox-20', 'inbox-10', 'inbox-00']],
    ['GARAGE full', ['inbox-20', 'inbox-10', 'inbox-00']],
    ['nur', ['inbox-28', 'inbox-21', 'inbox-14', 'inbox-07']],
    ['whitfield', ['inbox-03']],
    ['riverdad', ['inbox-04']],
    ['"parking" -*', ['inbox-20', 'inbox-10', 'inbox-00']],
    ['ambulance', []],
  ])('searches text and author for %p', async (search, expected) => {
    const page = await list({ first: 50, filter: { search } });
    expect(ids(page)).toEqual(expected);
    expect(page.totalCount).toBe(expected.length);
  });

  it('finds the same comments whichever plan SQLite uses for a search', async () => {
    const searches = test.app.get(CommentSearchService);
    const variables = { first: 2, filter: { search: 'thanks', channel: ['FACEBOOK', 'X'] } };
    const byRowids = await list(variables);
    searches.fewMatches = 2;
    try {
      const byScan = await list(variables);
      const secondPage = await list({ ...variables, after: byScan.pageInfo.endCursor });
      expect(ids(byScan)).toEqual(ids(byRowids));
      expect(byScan.totalCount).toBe(byRowids.totalCount);
      expect(ids(secondPage)).toEqual(['inbox-18', 'inbox-12']);
      const alone = await list({ first: 50, filter: { search: 'garage' } });
      expect(alone.totalCount).toBe(3);
    } finally {
      searches.fewMatches = FEW_MATCHES;
    }
  });

  it('combines search with other filters and pages through the matches', async () => {
    const first = await list({
      first: 2,
      filter: { search: 'nicu', channel: ['X', 'YOUTUBE', 'INSTAGRAM'] },
    });
    expect(first.totalCount).toBe(3);
    const second = await list({
      first: 2,
      after: first.pageInfo.endCursor,
      filter: { search: 'nicu', channel: ['X', 'YOUTUBE', 'INSTAGRAM'] },
    });
    expect([...ids(first), ...ids(second)]).toEqual(['inbox-21', 'inbox-14', 'inbox-07']);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('moves a comment through the workflow and keeps the tab counts exact', async () => {
    const before = await test.gql<{ inboxCounts: Counts }>(COUNTS);
    expect(before.data?.inboxCounts).toEqual({
      new: 30,
      inProgress: 0,
      replied: 0,
      escalated: 0,
      closed: 0,
      hidden: 0,
      total: 30,
    });

    const target = (await list({ first: 1, filter: { channel: ['YOUTUBE'] } })).edges[0].node;
    const updated = await test.gql(UPDATE_STATUS, { input: { id: target.id, status: 'REPLIED' } });
    expect(updated.data).toEqual({ updateCommentStatus: { id: target.id, status: 'REPLIED' } });

    const after = await test.gql<{ inboxCounts: Counts }>(COUNTS);
    expect(after.data?.inboxCounts).toMatchObject({ new: 29, replied: 1, total: 30 });
    const youtube = await test.gql<{ inboxCounts: Counts }>(COUNTS, {
      filter: { channel: ['YOUTUBE'] },
    });
    expect(youtube.data?.inboxCounts).toMatchObject({ new: 4, replied: 1, total: 5 });
    const searched = await test.gql<{ inboxCounts: Counts }>(COUNTS, {
      filter: { search: 'thanks' },
    });
    expect(searched.data?.inboxCounts.total).toBe(30 - 3 - 4);

    const replied = await list({ first: 50, filter: { status: ['REPLIED'] } });
    expect(ids(replied)).toEqual([target.externalId]);
    expect(replied.totalCount).toBe(1);
  });

  it('answers NOT_FOUND for a status change on an unknown comment', async () => {
    const response = await test.gql(UPDATE_STATUS, {
      input: { id: '00000000-0000-7000-8000-000000000000', status: 'CLOSED' },
    });
    expect(response.errors?.[0]).toMatchObject({
      extensions: { code: 'NOT_FOUND' },
      message: 'The comment was not found.',
    });
  });
});
