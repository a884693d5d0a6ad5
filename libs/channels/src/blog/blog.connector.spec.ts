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
import { upserted, upsertedComments } from '../testing/outcome-helpers';
import { BlogConnector } from './blog.connector';
import { DOC_COMMENT, wpComment } from './blog.fixtures';

const COMMENTS = '/wp-json/wp/v2/comments';
const BASIC = `Basic ${Buffer.from('bedside:abcd efgh ijkl mnop').toString('base64')}`;

const LISTS: Record<string, { body: unknown[]; pages: number }> = {
  'approve:1': {
    body: [
      wpComment(4810, '2026-01-01T16:00:00'),
      wpComment(4811, '2026-01-01T16:05:00', { author: 7, parent: 4810 }),
    ],
    pages: 2,
  },
  'approve:2': {
    body: [
      wpComment(4812, '2026-01-01T16:07:00', { type: 'pingback' }),
      wpComment(4813, '2026-01-01T16:10:00', {
        content: { rendered: '<p>Rendered &amp; only</p>\n' },
      }),
    ],
    pages: 2,
  },
  'hold:1': { body: [DOC_COMMENT], pages: 1 },
  'trash:1': { body: [wpComment(4800, '2026-01-01T15:00:00', { status: 'trash' })], pages: 1 },
};

const wordpress: RequestHandler = routes({
  'GET /wp-json/wp/v2/users/me': () => ({ body: { id: 7, name: 'Bedside', slug: 'bedside' } }),
  [`GET ${COMMENTS}`]: (request) => {
    const list = LISTS[`${request.query.get('status')}:${request.query.get('page')}`] ?? {
      body: [],
      pages: 1,
    };
    return {
      body: list.body,
      headers: { 'x-wp-total': String(list.body.length), 'x-wp-totalpages': String(list.pages) },
    };
  },
});

describe('BlogConnector', () => {
  let server: LocalPlatformServer | undefined;
  let account: ChannelAccount;

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function connect(
    handler: RequestHandler,
    settings: Record<string, unknown> = {},
  ): Promise<BlogConnector> {
    server = await startLocalPlatformServer(handler);
    account = testAccount({
      kind: 'blog',
      accountRef: server.baseUrl,
      credentials: { username: 'bedside', applicationPassword: 'abcd efgh ijkl mnop' },
      settings: { backfillDays: 1, ...settings },
    });
    return new BlogConnector({ now: testNow });
  }

  function listRequests() {
    return (server?.requests ?? []).filter(
      (request) => request.method === 'GET' && request.path === COMMENTS,
    );
  }

  describe('fetchSince', () => {
    it('pages every polled status in date order and advances the date_gmt watermark', async () => {
      const connector = await connect(wordpress);
      const result = await drain(connector, account, null);
      expect(
        listRequests().map(
          (request) => `${request.query.get('status')} ${request.query.get('page')}`,
        ),
      ).toEqual(['approve 1', 'approve 2', 'hold 1']);
      expect(upsertedComments(result.events).map((comment) => comment.externalId)).toEqual([
        '4810',
        '4811',
        '4813',
        '4821',
      ]);
      expect(JSON.parse(result.cursor ?? 'null')).toEqual({ after: '2026-01-01T16:30:00.000Z' });
    });

    it('lists with the documented query and Application Password Basic auth', async () => {
      const connector = await connect(wordpress);
      await drain(connector, account, null);
      const hold = listRequests().find((request) => request.query.get('status') === 'hold');
      expect(Object.fromEntries(hold?.query ?? [])).toEqual({
        context: 'edit',
        status: 'hold',
        type: 'comment',
        orderby: 'date_gmt',
        order: 'asc',
        after: '2025-12-31T16:55:00Z',
        per_page: '100',
        page: '1',
      });
      expect(hold?.headers.authorization).toBe(BASIC);
    });

    it('re-reads the last minutes of the previous window on the next poll', async () => {
      const connector = await connect(wordpress);
      await connector.fetchSince(account, JSON.stringify({ after: '2026-01-01T16:30:00.000Z' }));
      expect(listRequests()[0]?.query.get('after')).toBe('2026-01-01T16:25:00Z');
    });

    it('maps the documented comment, dropping email, IP and user agent from raw', async () => {
      const connector = await connect(wordpress);
      const comments = upsertedComments((await drain(connector, account, null)).events);
      const pending = comments.find((comment) => comment.externalId === '4821');
      expect(pending).toMatchObject({
        channel: 'blog',
        dedupeKey: `blog:${server?.baseUrl}:4821`,
        threadRootId: '1933',
        author: { displayName: 'Jordan' },
        text: 'Does the flu clinic take walk-ins?',
        createdAt: '2026-01-01T16:30:00.000Z',
        permalink: 'https://blog.citygeneral.org/2026/01/flu-season-tips/#comment-4821',
        visibility: 'held',
        isOwnAccount: false,
      });
      expect(pending).not.toHaveProperty('parentExternalId');
      expect(JSON.stringify(pending?.raw)).not.toMatch(
        /jordan@example\.com|203\.0\.113\.7|Mozilla/,
      );
    });

    it('marks replies by the authenticated user as our own and strips rendered HTML', async () => {
      const connector = await connect(wordpress);
      const comments = upsertedComments((await drain(connector, account, null)).events);
      expect(comments.find((comment) => comment.externalId === '4811')).toMatchObject({
        parentExternalId: '4810',
        author: { externalId: '7' },
        isOwnAccount: true,
      });
      expect(comments.find((comment) => comment.externalId === '4813')?.text).toBe(
        'Rendered & only',
      );
    });

    it('turns trashed comments into tombstones', async () => {
      const connector = await connect(wordpress, { pollStatuses: ['trash'] });
      const result = await drain(connector, account, null);
      expect(result.events).toEqual([
        {
          type: 'deleted',
          dedupeKey: `blog:${server?.baseUrl}:4800`,
          at: '2026-01-01T15:00:00.000Z',
        },
      ]);
    });

    it('refuses a plain-http site that is not this machine, before sending the password', async () => {
      const connector = await connect(wordpress);
      const remote = { ...account, accountRef: 'http://blog.citygeneral.org' };
      await expect(connector.fetchSince(remote, null)).rejects.toMatchObject({ kind: 'invalid' });
      expect(server?.requests).toHaveLength(0);
    });
  });

  describe('edits and deletes', () => {
    it('detects an edit by content hash when re-reading, as comments have no modified date', async () => {
      const edited = {
        ...DOC_COMMENT,
        content: { raw: 'Does the flu clinic take walk-ins on Saturdays?', rendered: '' },
      };
      const connector = await connect(
        routes({
          'GET /wp-json/wp/v2/users/me': () => ({ body: { id: 7 } }),
          [`GET ${COMMENTS}/4821`]: () => ({ body: edited }),
          [`GET ${COMMENTS}`]: () => ({ body: [DOC_COMMENT], headers: { 'x-wp-totalpages': '1' } }),
        }),
        { pollStatuses: ['hold'] },
      );
      const polled = upserted((await connector.fetchSince(account, null)).events[0]).comment;
      const refreshed = await connector.refresh(account, '4821');
      expect(refreshed?.dedupeKey).toBe(polled.dedupeKey);
      expect(refreshed?.contentHash).not.toBe(polled.contentHash);
    });

    it('returns null when the comment is gone (404 rest_comment_invalid_id)', async () => {
      const connector = await connect(
        routes({
          'GET /wp-json/wp/v2/users/me': () => ({ body: { id: 7 } }),
          [`GET ${COMMENTS}/4821`]: () => ({
            status: 404,
            body: {
              code: 'rest_comment_invalid_id',
              message: 'Invalid comment ID.',
              data: { status: 404 },
            },
          }),
        }),
      );
      await expect(connector.refresh(account, '4821')).resolves.toBeNull();
    });
  });

  describe('errors', () => {
    it.each([
      [
        'rest_not_logged_in',
        401,
        {
          code: 'rest_not_logged_in',
          message: 'You are not currently logged in.',
          data: { status: 401 },
        },
        {},
        { kind: 'auth_expired' },
      ],
      [
        'rest_forbidden',
        403,
        { code: 'rest_forbidden', data: { status: 403 } },
        {},
        { kind: 'permission' },
      ],
      [
        'rest_comment_closed',
        403,
        { code: 'rest_comment_closed', data: { status: 403 } },
        {},
        { kind: 'invalid' },
      ],
      [
        'comment_flood',
        400,
        { code: 'comment_flood', data: { status: 400 } },
        {},
        { kind: 'rate_limited' },
      ],
      [
        'rest_invalid_param',
        400,
        { code: 'rest_invalid_param', data: { status: 400 } },
        {},
        { kind: 'invalid' },
      ],
      [
        'a WAF 429',
        429,
        'Too Many Requests',
        { 'retry-after': '90' },
        { kind: 'rate_limited', retryAfterMs: 90_000 },
      ],
      ['a host 503', 503, 'Service Unavailable', {}, { kind: 'transient' }],
    ])('maps %s', async (_case, status, body, headers, expected) => {
      const connector = await connect(() => ({ status, body, headers }), { userId: 7 });
      await expect(connector.fetchSince(account, null)).rejects.toMatchObject(expected);
    });

    it('does not echo the application password in errors', async () => {
      const connector = await connect(
        () => ({
          status: 401,
          body: { code: 'incorrect_password', message: 'Bad password abcd efgh ijkl mnop' },
        }),
        { userId: 7 },
      );
      const error = await connector.fetchSince(account, null).catch((caught: unknown) => caught);
      expect(JSON.stringify(error)).not.toContain('abcd efgh ijkl mnop');
      expect(String(error)).not.toContain('abcd efgh ijkl mnop');
      expect(error).toMatchObject({
        kind: 'auth_expired',
        opts: { platformMessage: 'Bad password [redacted]' },
      });
    });
  });

  describe('actions', () => {
    const text =
      'Yes — our flu clinic welcomes walk-ins. Current hours are at https://citygeneral.org/flu.';

    it('replies with post, parent and content, approved, as documented', async () => {
      const connector = await connect(
        routes({
          [`POST ${COMMENTS}`]: () => ({
            status: 201,
            headers: { location: 'https://blog.citygeneral.org/wp-json/wp/v2/comments/4822' },
            body: wpComment(4822, '2026-01-01T17:00:01', { author: 7, parent: 4821 }),
          }),
        }),
        { userId: 7 },
      );
      const posted = await connector.postReply(
        account,
        { externalId: '4821', threadRootId: '1933' },
        text,
        'attempt-1',
      );
      expect(posted).toEqual({
        externalId: '4822',
        permalink: 'https://blog.citygeneral.org/2026/01/flu-season-tips/#comment-4822',
        postedAt: '2026-01-01T17:00:01.000Z',
      });
      expect(JSON.parse(server?.requests[0]?.body ?? 'null')).toEqual({
        post: 1933,
        parent: 4821,
        content: text,
        status: 'approved',
      });
      expect(server?.requests[0]?.headers.authorization).toBe(BASIC);
    });

    it('treats comment_duplicate as success once our earlier reply is found', async () => {
      const connector = await connect(
        routes({
          [`POST ${COMMENTS}`]: () => ({
            status: 409,
            body: {
              code: 'comment_duplicate',
              message: 'Duplicate comment detected.',
              data: { status: 409 },
            },
          }),
          [`GET ${COMMENTS}`]: (request) => ({
            body:
              request.query.get('author') === '7' && request.query.get('parent') === '4821'
                ? [
                    wpComment(4822, '2026-01-01T16:59:00', {
                      author: 7,
                      parent: 4821,
                      content: { raw: text },
                    }),
                  ]
                : [],
          }),
        }),
        { userId: 7 },
      );
      const posted = await connector.postReply(
        account,
        { externalId: '4821', threadRootId: '1933' },
        text,
        'attempt-2',
      );
      expect(posted.externalId).toBe('4822');
    });

    it('fails a duplicate when no reply of ours matches', async () => {
      const connector = await connect(
        routes({
          [`POST ${COMMENTS}`]: () => ({
            status: 409,
            body: { code: 'comment_duplicate', data: { status: 409 } },
          }),
          [`GET ${COMMENTS}`]: () => ({ body: [] }),
        }),
        { userId: 7 },
      );
      await expect(
        connector.postReply(
          account,
          { externalId: '4821', threadRootId: '1933' },
          text,
          'attempt-2',
        ),
      ).rejects.toMatchObject({ kind: 'invalid', platformCode: 'comment_duplicate' });
    });

    it.each([
      [true, 'hold'],
      [false, 'approved'],
    ])('setHidden(%s) sets status %s', async (hidden, status) => {
      const connector = await connect(
        routes({ [`POST ${COMMENTS}/4821`]: () => ({ body: DOC_COMMENT }) }),
      );
      await connector.setHidden(account, '4821', hidden);
      expect(JSON.parse(server?.requests[0]?.body ?? 'null')).toEqual({ status });
    });

    it('trashes someone else’s comment and force-deletes our own reply', async () => {
      const connector = await connect(
        routes({
          [`DELETE ${COMMENTS}/4821`]: () => ({ body: { ...DOC_COMMENT, status: 'trash' } }),
          [`DELETE ${COMMENTS}/4822`]: () => ({ body: { deleted: true, previous: {} } }),
        }),
      );
      await connector.delete(account, '4821');
      await connector.deleteReply(account, '4822');
      expect(
        server?.requests.map((request) => `${request.path} ${request.query.get('force')}`),
      ).toEqual([`${COMMENTS}/4821 null`, `${COMMENTS}/4822 true`]);
    });
  });
});
