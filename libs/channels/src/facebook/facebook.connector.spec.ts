import { ChannelError } from '../channel-error';
import { type ChannelAccount } from '../connector.types';
import { drain } from '../testing/drain';
import {
  type LocalPlatformServer,
  type RequestHandler,
  routes,
  startLocalPlatformServer,
  testAccount,
  testNow,
} from '../testing/local-platform-server';
import { upsertedComments } from '../testing/outcome-helpers';
import { FacebookConnector } from './facebook.connector';
import { EXPIRED_TOKEN_ERROR, PAGE_ID } from './facebook.fixtures';

const POST_A = `${PAGE_ID}_1001`;
const POST_B = `${PAGE_ID}_1002`;
const POST_C = `${PAGE_ID}_1003`;

function graphComment(id: string, createdTime: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    message: `Comment ${id} about the 4 West visiting hours`,
    from: { id: `user-${id}`, name: `Visitor ${id}` },
    created_time: createdTime,
    ...extra,
  };
}

// Two pages of posts (B is quiet since long before the window), two pages of comments on A.
const graph = routes({
  [`GET /${PAGE_ID}/published_posts`]: (request) =>
    request.query.get('after') === 'posts-2'
      ? { body: { data: [{ id: POST_C, updated_time: '2026-01-01T16:30:00+0000' }] } }
      : {
          body: {
            data: [
              { id: POST_A, updated_time: '2026-01-01T16:50:00+0000' },
              { id: POST_B, updated_time: '2025-11-01T09:00:00+0000' },
            ],
            paging: { cursors: { after: 'posts-2' }, next: 'https://graph.example/next-posts' },
          },
        },
  [`GET /${POST_A}/comments`]: (request) =>
    request.query.get('after') === 'a-2'
      ? {
          body: {
            data: [
              graphComment('1001_1', '2026-01-01T16:00:00+0000'),
              graphComment('1001_0', '2025-12-20T10:00:00+0000'),
            ],
            paging: { cursors: { after: 'a-3' }, next: 'https://graph.example/next-a-3' },
          },
        }
      : {
          body: {
            data: [
              graphComment('1001_3', '2026-01-01T16:50:00+0000'),
              graphComment('1001_2', '2026-01-01T16:40:00+0000', {
                from: { id: PAGE_ID, name: 'City General' },
                parent: { id: '1001_1' },
              }),
            ],
            paging: { cursors: { after: 'a-2' }, next: 'https://graph.example/next-a-2' },
          },
        },
  [`GET /${POST_C}/comments`]: () => ({
    body: { data: [graphComment('1003_1', '2026-01-01T16:30:00+0000', { is_hidden: true })] },
  }),
});

describe('FacebookConnector', () => {
  let server: LocalPlatformServer | undefined;
  const account: ChannelAccount = testAccount({
    kind: 'facebook',
    accountRef: PAGE_ID,
    settings: { backfillDays: 1 },
  });

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function connect(handler: RequestHandler): Promise<FacebookConnector> {
    server = await startLocalPlatformServer(handler);
    return new FacebookConnector({ now: testNow, baseUrl: server.baseUrl });
  }

  function requested(): string[] {
    return (server?.requests ?? []).map(
      (request) =>
        `${request.method} ${request.path}${request.query.has('after') ? `?after=${request.query.get('after')}` : ''}`,
    );
  }

  describe('fetchSince', () => {
    it('sweeps posts and their comments page by page, skipping quiet posts and old comments', async () => {
      const connector = await connect(graph);
      const result = await drain(connector, account, null);
      expect(requested()).toEqual([
        `GET /${PAGE_ID}/published_posts`,
        `GET /${POST_A}/comments`,
        `GET /${POST_A}/comments?after=a-2`,
        `GET /${PAGE_ID}/published_posts?after=posts-2`,
        `GET /${POST_C}/comments`,
      ]);
      expect(upsertedComments(result.events).map((comment) => comment.externalId)).toEqual([
        '1001_3',
        '1001_2',
        '1001_1',
        '1003_1',
      ]);
      expect(JSON.parse(result.cursor ?? 'null')).toEqual({ since: '2026-01-01T17:00:00.000Z' });
    });

    it('asks for the documented comment stream with the Page token in the Authorization header', async () => {
      const connector = await connect(graph);
      await drain(connector, account, null);
      const commentsRequest = server?.requests.find(
        (request) => request.path === `/${POST_A}/comments`,
      );
      expect(Object.fromEntries(commentsRequest?.query ?? [])).toEqual({
        filter: 'stream',
        order: 'reverse_chronological',
        fields: 'id,message,from,created_time,parent{id},is_hidden,permalink_url,attachment',
        limit: '100',
      });
      expect(commentsRequest?.headers.authorization).toBe('Bearer test-access-token');
    });

    it('reads posts created within the lookback even when the comment window is short', async () => {
      const connector = await connect(graph);
      await connector.fetchSince(account, JSON.stringify({ since: '2026-01-01T16:45:00.000Z' }));
      const since = Number(server?.requests[0]?.query.get('since'));
      expect(new Date(since * 1000).toISOString()).toBe('2025-12-02T17:00:00.000Z');
    });

    it('maps Graph comments: ISO times, reply parent, own Page comments, hidden state', async () => {
      const connector = await connect(graph);
      const comments = upsertedComments((await drain(connector, account, null)).events);
      expect(comments[0]).toMatchObject({
        channel: 'facebook',
        dedupeKey: `facebook:${PAGE_ID}:1001_3`,
        threadRootId: POST_A,
        createdAt: '2026-01-01T16:50:00.000Z',
        author: { externalId: 'user-1001_3', displayName: 'Visitor 1001_3' },
        isOwnAccount: false,
        visibility: 'visible',
      });
      expect(comments[1]).toMatchObject({ parentExternalId: '1001_1', isOwnAccount: true });
      expect(comments[3]).toMatchObject({ visibility: 'hidden', threadRootId: POST_C });
    });

    it('overlaps the previous window and stops paging a post once it reaches older comments', async () => {
      const connector = await connect(graph);
      const result = await drain(
        connector,
        account,
        JSON.stringify({ since: '2026-01-01T16:45:00.000Z' }),
      );
      expect(upsertedComments(result.events).map((comment) => comment.externalId)).toEqual([
        '1001_3',
        '1001_2',
      ]);
      expect(requested()).toContain(`GET /${POST_A}/comments?after=a-2`);
      expect(requested()).not.toContain(`GET /${POST_A}/comments?after=a-3`);
    });

    it('skips a post deleted between listing and reading instead of failing the sweep', async () => {
      const connector = await connect((request) =>
        request.path === `/${POST_A}/comments`
          ? {
              status: 400,
              body: {
                error: { code: 100, error_subcode: 33, message: 'Object with ID does not exist' },
              },
            }
          : graph(request),
      );
      const result = await drain(connector, account, null);
      expect(upsertedComments(result.events).map((comment) => comment.externalId)).toEqual([
        '1003_1',
      ]);
    });

    it('refuses a cursor it did not write', async () => {
      const connector = await connect(graph);
      await expect(connector.fetchSince(account, '{"page":3}')).rejects.toMatchObject({
        kind: 'invalid',
      });
    });
  });

  describe('errors', () => {
    it.each([
      [
        'an expired token (code 190)',
        400,
        EXPIRED_TOKEN_ERROR,
        {},
        { kind: 'auth_expired', platformCode: '190/463' },
      ],
      ['a bare 401', 401, undefined, {}, { kind: 'auth_expired' }],
      [
        'a revoked permission (code 200)',
        403,
        { error: { code: 200, message: 'Permissions error' } },
        {},
        { kind: 'permission' },
      ],
      [
        'a policy block (code 368)',
        400,
        { error: { code: 368, message: 'Temporarily blocked' } },
        {},
        { kind: 'policy' },
      ],
      [
        'a Business Use Case limit (code 80001)',
        400,
        { error: { code: 80001, message: 'There have been too many calls' } },
        {
          'x-business-use-case-usage': JSON.stringify({
            [PAGE_ID]: [{ type: 'pages', call_count: 100, estimated_time_to_regain_access: 7 }],
          }),
        },
        { kind: 'rate_limited', retryAfterMs: 420_000 },
      ],
      [
        'a Page rate limit (code 32) with Retry-After',
        400,
        { error: { code: 32 } },
        { 'retry-after': '30' },
        { kind: 'rate_limited', retryAfterMs: 30_000 },
      ],
      [
        'an HTTP 429',
        429,
        undefined,
        { 'retry-after': '12' },
        { kind: 'rate_limited', retryAfterMs: 12_000 },
      ],
      [
        'a service error (code 2)',
        500,
        { error: { code: 2, message: 'Service temporarily unavailable' } },
        {},
        { kind: 'transient' },
      ],
      ['a bare 500', 500, 'Internal Server Error', {}, { kind: 'transient' }],
    ])('maps %s', async (_case, status, body, headers, expected) => {
      const connector = await connect(() => ({ status, body, headers }));
      const error = await connector.fetchSince(account, null).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ChannelError);
      expect(error).toMatchObject(expected);
    });

    it('never puts the access token in the error message', async () => {
      const connector = await connect(() => ({
        status: 400,
        body: { error: { code: 190, message: 'Invalid OAuth access token: test-access-token' } },
      }));
      const error = await connector.fetchSince(account, null).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ChannelError);
      expect(
        JSON.stringify({
          message: (error as ChannelError).message,
          opts: (error as ChannelError).opts,
        }),
      ).not.toContain('test-access-token');
    });

    it('reports a missing token as auth_expired without calling the platform', async () => {
      const connector = await connect(graph);
      await expect(
        connector.fetchSince({ ...account, credentials: {} }, null),
      ).rejects.toMatchObject({
        kind: 'auth_expired',
      });
      expect(server?.requests).toHaveLength(0);
    });
  });

  describe('refresh', () => {
    it('re-reads a comment and derives its post from the comment id', async () => {
      const connector = await connect(
        routes({
          'GET /1001_3': () => ({ body: graphComment('1001_3', '2026-01-01T16:50:00+0000') }),
        }),
      );
      await expect(connector.refresh(account, '1001_3')).resolves.toMatchObject({
        externalId: '1001_3',
        threadRootId: POST_A,
      });
    });

    it('returns null when Graph says the comment no longer exists (code 100)', async () => {
      const connector = await connect(() => ({
        status: 400,
        body: {
          error: {
            code: 100,
            error_subcode: 33,
            message: "Object with ID '1001_3' does not exist",
          },
        },
      }));
      await expect(connector.refresh(account, '1001_3')).resolves.toBeNull();
    });
  });

  describe('actions', () => {
    it('replies to the top-level comment with a form-encoded message and the Page token', async () => {
      const connector = await connect(
        routes({ 'POST /1001_1/comments': () => ({ body: { id: '1001_1_9001' } }) }),
      );
      const posted = await connector.postReply(
        account,
        { externalId: '1001_2', parentExternalId: '1001_1', threadRootId: POST_A },
        'Thank you — visiting hours are at citygeneral.org/visit.',
        'attempt-1',
      );
      expect(posted).toEqual({ externalId: '1001_1_9001', postedAt: '2026-01-01T17:00:00.000Z' });
      const request = server?.requests[0];
      expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded');
      expect(new URLSearchParams(request?.body).get('message')).toBe(
        'Thank you — visiting hours are at citygeneral.org/visit.',
      );
      expect(request?.headers.authorization).toBe('Bearer test-access-token');
    });

    it('refuses an over-long reply without calling the platform', async () => {
      const connector = await connect(graph);
      await expect(
        connector.postReply(
          account,
          { externalId: '1001_3', threadRootId: POST_A },
          'x'.repeat(8001),
          'attempt-1',
        ),
      ).rejects.toMatchObject({ kind: 'invalid' });
      expect(server?.requests).toHaveLength(0);
    });

    it.each([
      [true, 'true'],
      [false, 'false'],
    ])('sets is_hidden=%s on the comment', async (hidden, expected) => {
      const connector = await connect(
        routes({ 'POST /1001_3': () => ({ body: { success: true } }) }),
      );
      await connector.setHidden(account, '1001_3', hidden);
      expect(new URLSearchParams(server?.requests[0]?.body).get('is_hidden')).toBe(expected);
    });

    it('treats a mutation Graph does not confirm as a failure', async () => {
      const connector = await connect(
        routes({ 'POST /1001_3': () => ({ body: { success: false } }) }),
      );
      await expect(connector.setHidden(account, '1001_3', true)).rejects.toMatchObject({
        kind: 'transient',
      });
    });

    it('deletes with DELETE /{comment-id}', async () => {
      const connector = await connect(
        routes({ 'DELETE /1001_3': () => ({ body: { success: true } }) }),
      );
      await connector.delete(account, '1001_3');
      expect(requested()).toEqual(['DELETE /1001_3']);
    });
  });
});
