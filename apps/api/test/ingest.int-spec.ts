import { commentRow, INGEST, type IngestReportShape, LIST, type ListShape } from './fixtures';
import { createTestApp, dialectsUnderTest, type TestApp } from './test-app';

const THREAD = /* GraphQL */ `
  query Thread($id: ID!) {
    comment(id: $id) {
      id
      text
      revision
      editedAt
      post {
        externalId
        channel {
          kind
        }
      }
      parent {
        externalId
      }
      ancestors {
        externalId
      }
      replies {
        externalId
      }
      replyCount
    }
  }
`;

interface ThreadShape {
  comment: {
    id: string;
    text: string;
    revision: number;
    editedAt: string | null;
    post: { externalId: string; channel: { kind: string } } | null;
    parent: { externalId: string } | null;
    ancestors: { externalId: string }[];
    replies: { externalId: string }[];
    replyCount: number;
  } | null;
}

describe.each(dialectsUnderTest())('ingestComments on %s', (dialect) => {
  let test: TestApp;

  beforeAll(async () => {
    test = await createTestApp({ dialect });
  });

  afterAll(async () => {
    await test.close();
  });

  async function ingest(rows: unknown[]): Promise<IngestReportShape['ingestComments']> {
    const response = await test.gql<IngestReportShape>(INGEST, { comments: rows });
    expect(response.errors).toBeUndefined();
    return (response.data as IngestReportShape).ingestComments;
  }

  async function findByExternalId(
    externalId: string,
    search?: string,
  ): Promise<ListShape['comments']['edges'][number]['node'][]> {
    const response = await test.gql<ListShape>(LIST, {
      first: 200,
      filter: search ? { search } : null,
    });
    return (response.data as ListShape).comments.edges
      .map((edge) => edge.node)
      .filter((node) => node.externalId === externalId);
  }

  it('stores a batch and stores it once when it is sent again', async () => {
    const rows = [
      commentRow('idem-1', 'Thank you to the NICU team', 1),
      commentRow('idem-2', 'Where do I park for the cancer center?', 2, { channel: 'instagram' }),
    ];
    await expect(ingest(rows)).resolves.toEqual({
      accepted: 2,
      updated: 0,
      duplicates: 0,
      rejected: [],
    });
    await expect(ingest(rows)).resolves.toEqual({
      accepted: 0,
      updated: 0,
      duplicates: 2,
      rejected: [],
    });
    await expect(findByExternalId('idem-1')).resolves.toHaveLength(1);
  });

  it('stores concurrent calls naming the same new channel, posts and comments once, without errors', async () => {
    // Eight callers at once (on PostgreSQL, eight transactions): each brings the same two new
    // posts on a channel kind not seen yet, one comment all of them share, and one of its own.
    const calls = Array.from({ length: 8 }, (_, caller) =>
      ingest([
        commentRow('race-shared', 'Is the youtube live stream of the town hall recorded?', 1, {
          channel: 'youtube',
          postExternalId: 'race-post-a',
        }),
        commentRow(`race-own-${caller}`, `Question ${caller} about visiting hours`, 2, {
          channel: 'youtube',
          postExternalId: caller % 2 === 0 ? 'race-post-a' : 'race-post-b',
        }),
      ]),
    );
    const reports = await Promise.all(calls);
    expect(reports.reduce((sum, report) => sum + report.accepted, 0)).toBe(9);
    expect(reports.reduce((sum, report) => sum + report.duplicates, 0)).toBe(7);
    const channels = await test.gql<{ channels: { kind: string }[] }>('{ channels { kind } }');
    expect(channels.data?.channels.filter((channel) => channel.kind === 'YOUTUBE')).toHaveLength(1);
    const shared = await findByExternalId('race-shared');
    expect(shared).toHaveLength(1);
  });

  it('counts the same comment twice in one batch as a duplicate', async () => {
    const row = commentRow('twice-1', 'Is the cafeteria open late?', 3);
    await expect(ingest([row, row])).resolves.toEqual({
      accepted: 1,
      updated: 0,
      duplicates: 1,
      rejected: [],
    });
  });

  it('updates a comment whose text changed and records the edit', async () => {
    await ingest([commentRow('edit-1', 'The ER wait was 6 hours', 4)]);
    test.clock.advance(60_000);
    await expect(
      ingest([commentRow('edit-1', 'The ER wait was 7 hours, actually', 4)]),
    ).resolves.toEqual({
      accepted: 0,
      updated: 1,
      duplicates: 0,
      rejected: [],
    });
    const [node] = await findByExternalId('edit-1');
    const thread = await test.gql<ThreadShape>(THREAD, { id: node.id });
    expect(thread.data?.comment).toMatchObject({
      text: 'The ER wait was 7 hours, actually',
      revision: 2,
      editedAt: test.clock.now().toISOString(),
    });
    await expect(findByExternalId('edit-1', 'actually')).resolves.toHaveLength(1);
    await expect(findByExternalId('edit-1', 'hours')).resolves.toHaveLength(1);
  });

  it('rejects bad rows by index with a clear message and stores every good row', async () => {
    const report = await ingest([
      commentRow('bad-ok-1', 'Great care on 5 East', 5),
      { channel: 'facebook', externalId: 'bad-no-text', createdAt: '2026-11-20T08:00:00Z' },
      commentRow('bad-long', 'x'.repeat(20_001), 6),
      commentRow('bad-channel', 'hello', 7, { channel: 'myspace' }),
      commentRow('bad-date', 'hello', 8, { createdAt: 'last tuesday' }),
      { channel: 'x', text: 'no id' },
      commentRow('bad-ok-2', 'Visiting hours on Sunday?', 9, { channel: 'x' }),
    ]);
    expect(report.accepted).toBe(2);
    expect(report.rejected).toEqual([
      { index: 1, externalId: 'bad-no-text', message: 'text is required' },
      { index: 2, externalId: 'bad-long', message: 'text is longer than 20,000 characters' },
      {
        index: 3,
        externalId: 'bad-channel',
        message:
          'unknown channel "myspace" (expected facebook, instagram, x, youtube, google_review, blog or import)',
      },
      {
        index: 4,
        externalId: 'bad-date',
        message:
          'createdAt "last tuesday" is not a valid date (use ISO 8601, e.g. 2026-11-02T14:05:00Z)',
      },
      { index: 5, externalId: null, message: 'externalId is required' },
    ]);
    await expect(findByExternalId('bad-ok-2')).resolves.toHaveLength(1);
    await expect(findByExternalId('bad-long')).resolves.toHaveLength(0);
  });

  it('links a thread whichever order its comments arrive in, and the post they sit on', async () => {
    await ingest([
      commentRow('thread-3', 'Same here, 4 hours', 12, {
        parentExternalId: 'thread-2',
        postExternalId: 'post-er',
      }),
    ]);
    await ingest([
      commentRow('thread-1', 'How long is the ER wait tonight?', 10, { postExternalId: 'post-er' }),
      commentRow('thread-2', 'About 3 hours when I went', 11, {
        parentExternalId: 'thread-1',
        postExternalId: 'post-er',
      }),
    ]);
    const [middle] = await findByExternalId('thread-2');
    const thread = await test.gql<ThreadShape>(THREAD, { id: middle.id });
    expect(thread.data?.comment).toMatchObject({
      post: { externalId: 'post-er', channel: { kind: 'FACEBOOK' } },
      parent: { externalId: 'thread-1' },
      ancestors: [{ externalId: 'thread-1' }],
      replies: [{ externalId: 'thread-3' }],
      replyCount: 1,
    });
  });

  it('answers null for an unknown comment id', async () => {
    const response = await test.gql<ThreadShape>(THREAD, {
      id: '00000000-0000-7000-8000-000000000000',
    });
    expect(response.data?.comment).toBeNull();
  });

  it('refuses a batch larger than one call may carry, naming the limit', async () => {
    const rows = Array.from({ length: 20_001 }, (_, index) => ({
      channel: 'x',
      externalId: `big-${index}`,
      text: 'hi',
    }));
    const response = await test.gql(INGEST, { comments: rows });
    expect(response.errors?.[0]).toMatchObject({
      message: 'Send at most 20,000 comments per call (got 20001).',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
