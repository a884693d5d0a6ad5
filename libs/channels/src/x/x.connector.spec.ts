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
import { XConnector } from './x.connector';
import { MENTIONS_PAGE_1, MENTIONS_PAGE_2, X_USER_ID } from './x.fixtures';

const RATE_HEADERS = {
  'x-rate-limit-limit': '300',
  'x-rate-limit-remaining': '297',
  'x-rate-limit-reset': '1767283500',
};
const SINCE = JSON.stringify({ sinceId: '1869999999999999999' });

const mentions: RequestHandler = routes({
  [`GET /users/${X_USER_ID}/mentions`]: (request) => {
    if (request.query.get('since_id') === '1870000000000000456') {
      return { body: { meta: { result_count: 0 } }, headers: RATE_HEADERS };
    }
    const isPage2 = request.query.get('pagination_token') === MENTIONS_PAGE_1.meta.next_token;
    return { body: isPage2 ? MENTIONS_PAGE_2 : MENTIONS_PAGE_1, headers: RATE_HEADERS };
  },
});

describe('XConnector', () => {
  let server: LocalPlatformServer | undefined;
  const account: ChannelAccount = testAccount({
    kind: 'x',
    accountRef: X_USER_ID,
    settings: { backfillDays: 1 },
  });

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function connect(handler: RequestHandler): Promise<XConnector> {
    server = await startLocalPlatformServer(handler);
    return new XConnector({ now: testNow, baseUrl: server.baseUrl });
  }

  describe('fetchSince', () => {
    it('follows next_token and stores the first page newest_id only after the last page', async () => {
      const connector = await connect(mentions);
      const first = await connector.fetchSince(account, SINCE);
      expect(first.hasMore).toBe(true);
      expect(JSON.parse(first.nextCursor ?? 'null')).toEqual({
        sinceId: '1869999999999999999',
        page: { token: MENTIONS_PAGE_1.meta.next_token, newestId: '1870000000000000456' },
      });
      const second = await connector.fetchSince(account, first.nextCursor);
      expect(second.hasMore).toBe(false);
      expect(JSON.parse(second.nextCursor ?? 'null')).toEqual({ sinceId: '1870000000000000456' });
      expect(server?.requests.map((request) => Object.fromEntries(request.query))).toMatchObject([
        { since_id: '1869999999999999999', max_results: '100' },
        { since_id: '1869999999999999999', pagination_token: MENTIONS_PAGE_1.meta.next_token },
      ]);
    });

    it('keeps the stored cursor when there is nothing new', async () => {
      const connector = await connect(mentions);
      const result = await connector.fetchSince(
        account,
        JSON.stringify({ sinceId: '1870000000000000456' }),
      );
      expect(result).toMatchObject({ events: [], nextCursor: null, hasMore: false });
    });

    it('bounds the first backfill with start_time instead of since_id', async () => {
      const connector = await connect(mentions);
      await connector.fetchSince(account, null);
      expect(server?.requests[0]?.query.get('start_time')).toBe('2025-12-31T17:00:00.000Z');
      expect(server?.requests[0]?.query.has('since_id')).toBe(false);
    });

    it('requests the documented fields and expansions with the user token', async () => {
      const connector = await connect(mentions);
      await connector.fetchSince(account, SINCE);
      const request = server?.requests[0];
      expect(request?.query.get('tweet.fields')).toBe(
        'created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets,edit_history_tweet_ids,lang',
      );
      expect(request?.query.get('expansions')).toBe('author_id,referenced_tweets.id');
      expect(request?.query.get('user.fields')).toBe('username,name');
      expect(request?.headers.authorization).toBe('Bearer test-access-token');
    });

    it('reports the rate-limit budget from the response headers', async () => {
      const connector = await connect(mentions);
      const result = await connector.fetchSince(account, SINCE);
      expect(result.rateLimit).toEqual({ remaining: 297, resetAt: '2026-01-01T16:05:00.000Z' });
    });

    it('maps mentions with string ids, authors from includes, replies and conversations', async () => {
      const connector = await connect(mentions);
      const [reply, question] = upsertedComments(
        (await connector.fetchSince(account, SINCE)).events,
      );
      expect(reply).toMatchObject({
        externalId: '1870000000000000456',
        dedupeKey: `x:${X_USER_ID}:1870000000000000456`,
        threadRootId: '1869999999999999000',
        parentExternalId: '1869999999999999900',
        author: { externalId: '2244000000000000002', displayName: 'Sam Rivera', handle: 'samr' },
        text: '@CityGeneral @jlee thanks for the quick answer!',
        createdAt: '2026-01-01T16:05:40.000Z',
        permalink: 'https://x.com/samr/status/1870000000000000456',
        isOwnAccount: false,
      });
      expect(question).toMatchObject({
        threadRootId: '1870000000000000123',
        author: { handle: 'jlee' },
      });
      expect(question).not.toHaveProperty('parentExternalId');
    });

    it('keys an edited post on its original id and keeps the newest text', async () => {
      const connector = await connect(mentions);
      const { events } = await drain(connector, account, SINCE);
      const edited = upsertedComments(events).find(
        (comment) => comment.externalId === '1870000000000000050',
      );
      expect(edited).toMatchObject({
        dedupeKey: `x:${X_USER_ID}:1870000000000000050`,
        text: '@CityGeneral is the east entrance open this weekend? (edited: and on Monday?)',
        updatedAt: '2026-01-01T16:01:00.000Z',
      });
    });
  });

  describe('errors', () => {
    it.each([
      [
        'a 429 waits until x-rate-limit-reset',
        429,
        {
          title: 'Too Many Requests',
          detail: 'Too Many Requests',
          type: 'about:blank',
          status: 429,
        },
        { 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(1767283200 + 3600 + 600) },
        { kind: 'rate_limited', retryAfterMs: 600_000 },
      ],
      [
        'a 401',
        401,
        { title: 'Unauthorized', detail: 'Unauthorized', status: 401 },
        {},
        { kind: 'auth_expired' },
      ],
      [
        'a 403 for duplicate content',
        403,
        {
          title: 'Forbidden',
          detail: 'You are not allowed to create a Tweet with duplicate content.',
          status: 403,
        },
        {},
        { kind: 'invalid' },
      ],
      [
        'a 403 for a restricted reply',
        403,
        { title: 'Forbidden', detail: 'Reply to this conversation is not allowed.', status: 403 },
        {},
        { kind: 'permission' },
      ],
      ['a 503', 503, { title: 'Service Unavailable', status: 503 }, {}, { kind: 'transient' }],
    ])('maps %s', async (_case, status, body, headers, expected) => {
      const connector = await connect(() => ({ status, body, headers }));
      const error = await connector.fetchSince(account, SINCE).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ChannelError);
      expect(error).toMatchObject(expected);
    });

    it('surfaces the problem detail for the reviewer', async () => {
      const connector = await connect(() => ({
        status: 403,
        body: {
          title: 'Forbidden',
          detail: 'Reply to this conversation is not allowed.',
          status: 403,
        },
      }));
      const error = await connector.fetchSince(account, SINCE).catch((caught: unknown) => caught);
      expect((error as ChannelError).opts.platformMessage).toBe(
        'Reply to this conversation is not allowed.',
      );
    });
  });

  describe('refresh', () => {
    it('re-reads a post by id', async () => {
      const connector = await connect(
        routes({
          'GET /tweets': () => ({
            body: { data: [MENTIONS_PAGE_1.data[1]], includes: MENTIONS_PAGE_1.includes },
          }),
        }),
      );
      await expect(connector.refresh(account, '1870000000000000123')).resolves.toMatchObject({
        externalId: '1870000000000000123',
        author: { handle: 'jlee' },
      });
      expect(server?.requests[0]?.query.get('ids')).toBe('1870000000000000123');
    });

    it('returns null when a 200 reports the post in errors (deleted)', async () => {
      const connector = await connect(
        routes({
          'GET /tweets': () => ({
            body: {
              errors: [
                {
                  resource_id: '1870000000000000123',
                  type: 'https://api.x.com/2/problems/resource-not-found',
                  title: 'Not Found Error',
                },
              ],
            },
          }),
        }),
      );
      await expect(connector.refresh(account, '1870000000000000123')).resolves.toBeNull();
    });
  });

  describe('actions', () => {
    it('replies with POST /2/tweets in the conversation, as documented', async () => {
      const connector = await connect(
        routes({
          'POST /tweets': () => ({
            status: 201,
            body: {
              data: {
                id: '1870000000000000999',
                text: '…',
                edit_history_tweet_ids: ['1870000000000000999'],
              },
            },
          }),
        }),
      );
      const text =
        'Our outpatient pharmacy hours are posted at https://citygeneral.org/pharmacy — thanks for asking!';
      const posted = await connector.postReply(
        account,
        { externalId: '1870000000000000123', threadRootId: '1870000000000000123' },
        text,
        'attempt-1',
      );
      expect(posted).toEqual({
        externalId: '1870000000000000999',
        permalink: 'https://x.com/i/web/status/1870000000000000999',
        postedAt: '2026-01-01T17:00:00.000Z',
      });
      const request = server?.requests[0];
      expect(JSON.parse(request?.body ?? 'null')).toEqual({
        text,
        reply: { in_reply_to_tweet_id: '1870000000000000123' },
      });
      expect(request?.headers['content-type']).toBe('application/json');
      expect(request?.headers.authorization).toBe('Bearer test-access-token');
    });

    it('counts URLs as 23 characters and refuses a reply over 280', async () => {
      const connector = await connect(
        routes({ 'POST /tweets': () => ({ status: 201, body: { data: { id: '1' } } }) }),
      );
      const target = { externalId: '1870000000000000123', threadRootId: '1870000000000000123' };
      await expect(
        connector.postReply(
          account,
          target,
          `${'a'.repeat(250)} https://citygeneral.org/${'p'.repeat(60)}`,
          'a-1',
        ),
      ).resolves.toMatchObject({ externalId: '1' });
      await expect(
        connector.postReply(account, target, 'a'.repeat(281), 'a-2'),
      ).rejects.toMatchObject({
        kind: 'invalid',
      });
      expect(server?.requests).toHaveLength(1);
    });

    it('hides a reply with PUT /2/tweets/{id}/hidden', async () => {
      const connector = await connect(
        routes({
          'PUT /tweets/1870000000000000456/hidden': () => ({ body: { data: { hidden: true } } }),
        }),
      );
      await connector.setHidden(account, '1870000000000000456', true);
      expect(JSON.parse(server?.requests[0]?.body ?? 'null')).toEqual({ hidden: true });
    });

    it('deletes an own post with DELETE /2/tweets/{id}', async () => {
      const connector = await connect(
        routes({
          'DELETE /tweets/1870000000000000999': () => ({ body: { data: { deleted: true } } }),
        }),
      );
      await expect(connector.deleteReply(account, '1870000000000000999')).resolves.toBeUndefined();
    });
  });
});
