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
import { InstagramConnector } from './instagram.connector';
import { IG_USER_ID } from './instagram.fixtures';

function igComment(id: string, timestamp: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    text: `Comment ${id}: is parking free for visitors?`,
    timestamp,
    username: `visitor_${id}`,
    from: { id: `user-${id}`, username: `visitor_${id}` },
    hidden: false,
    ...extra,
  };
}

const graph = routes({
  [`GET /${IG_USER_ID}/media`]: (request) =>
    request.query.get('after') === 'media-2'
      ? {
          body: {
            data: [
              { id: 'm3', timestamp: '2025-12-28T10:00:00+0000', comments_count: 1 },
              { id: 'm4', timestamp: '2025-10-01T10:00:00+0000', comments_count: 9 },
            ],
            paging: { cursors: { after: 'media-3' }, next: 'https://graph.example/media-3' },
          },
        }
      : {
          body: {
            data: [
              { id: 'm1', timestamp: '2025-12-30T10:00:00+0000', comments_count: 3 },
              { id: 'm2', timestamp: '2025-12-29T10:00:00+0000', comments_count: 0 },
            ],
            paging: { cursors: { after: 'media-2' }, next: 'https://graph.example/media-2' },
          },
        },
  'GET /m1/comments': (request) =>
    request.query.get('after') === 'm1-2'
      ? {
          body: {
            data: [
              igComment('c0', '2025-12-01T10:00:00+0000', {
                replies: { data: [igComment('r0', '2026-01-01T16:30:00+0000')] },
              }),
            ],
          },
        }
      : {
          body: {
            data: [
              igComment('c1', '2026-01-01T16:10:00+0000', {
                replies: {
                  data: [
                    igComment('r1', '2026-01-01T16:20:00+0000', {
                      from: { id: IG_USER_ID, username: 'citygeneral' },
                    }),
                  ],
                },
              }),
            ],
            paging: { cursors: { after: 'm1-2' }, next: 'https://graph.example/m1-2' },
          },
        },
  'GET /m3/comments': () => ({
    body: { data: [igComment('c3', '2026-01-01T16:40:00+0000', { hidden: true })] },
  }),
});

describe('InstagramConnector', () => {
  let server: LocalPlatformServer | undefined;
  const account: ChannelAccount = testAccount({
    kind: 'instagram',
    accountRef: IG_USER_ID,
    settings: { backfillDays: 1 },
  });

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function connect(handler: RequestHandler): Promise<InstagramConnector> {
    server = await startLocalPlatformServer(handler);
    return new InstagramConnector({ now: testNow, baseUrl: server.baseUrl });
  }

  function requested(): string[] {
    return (server?.requests ?? []).map(
      (request) =>
        `${request.method} ${request.path}${request.query.has('after') ? `?after=${request.query.get('after')}` : ''}`,
    );
  }

  describe('fetchSince', () => {
    it('sweeps recent media with comments, every comment page, and embedded replies', async () => {
      const connector = await connect(graph);
      const result = await drain(connector, account, null);
      expect(requested()).toEqual([
        `GET /${IG_USER_ID}/media`,
        'GET /m1/comments',
        'GET /m1/comments?after=m1-2',
        `GET /${IG_USER_ID}/media?after=media-2`,
        'GET /m3/comments',
      ]);
      expect(upsertedComments(result.events).map((comment) => comment.externalId)).toEqual([
        'c1',
        'r1',
        'r0',
        'c3',
      ]);
      expect(JSON.parse(result.cursor ?? 'null')).toEqual({ since: '2026-01-01T17:00:00.000Z' });
    });

    it('maps replies, own replies, hidden comments and timestamps', async () => {
      const connector = await connect(graph);
      const [c1, r1, r0, c3] = upsertedComments((await drain(connector, account, null)).events);
      expect(c1).toMatchObject({
        dedupeKey: `instagram:${IG_USER_ID}:c1`,
        threadRootId: 'm1',
        createdAt: '2026-01-01T16:10:00.000Z',
        author: { externalId: 'user-c1', handle: 'visitor_c1' },
        isOwnAccount: false,
      });
      expect(c1).not.toHaveProperty('parentExternalId');
      expect(r1).toMatchObject({ parentExternalId: 'c1', isOwnAccount: true });
      expect(r0).toMatchObject({ parentExternalId: 'c0', threadRootId: 'm1' });
      expect(c3).toMatchObject({ visibility: 'hidden', threadRootId: 'm3' });
    });

    it('requests the documented comment fields, replies included', async () => {
      const connector = await connect(graph);
      await drain(connector, account, null);
      const request = server?.requests.find((item) => item.path === '/m1/comments');
      expect(request?.query.get('fields')).toBe(
        'id,text,timestamp,username,from,hidden,like_count,parent_id,replies{id,text,timestamp,username,from,hidden}',
      );
      expect(request?.headers.authorization).toBe('Bearer test-access-token');
    });
  });

  describe('errors', () => {
    it.each([
      [
        'an Instagram Business Use Case limit (80002)',
        400,
        {
          error: {
            code: 80002,
            message: 'There have been too many calls to this Instagram account',
          },
        },
        {
          'x-business-use-case-usage': JSON.stringify({
            [IG_USER_ID]: [{ type: 'instagram', estimated_time_to_regain_access: 2 }],
          }),
        },
        { kind: 'rate_limited', retryAfterMs: 120_000, platformCode: 80002 },
      ],
      [
        'an expired token',
        401,
        { error: { code: 190 } },
        {},
        { kind: 'auth_expired', status: 401 },
      ],
      ['a server error', 503, undefined, {}, { kind: 'transient' }],
    ])('maps %s', async (_case, status, body, headers, expected) => {
      const connector = await connect(() => ({ status, body, headers }));
      await expect(connector.fetchSince(account, null)).rejects.toMatchObject(expected);
    });
  });

  describe('refresh', () => {
    it('re-reads a comment with its media', async () => {
      const connector = await connect(
        routes({
          'GET /c1': () => ({
            body: igComment('c1', '2026-01-01T16:10:00+0000', { media: { id: 'm1' } }),
          }),
        }),
      );
      await expect(connector.refresh(account, 'c1')).resolves.toMatchObject({
        externalId: 'c1',
        threadRootId: 'm1',
      });
      expect(server?.requests[0]?.query.get('fields')).toBe(
        'id,text,timestamp,username,from,hidden,parent_id,media{id}',
      );
    });

    it('returns null for a deleted comment', async () => {
      const connector = await connect(() => ({
        status: 400,
        body: { error: { code: 100, message: 'Object with ID c1 does not exist' } },
      }));
      await expect(connector.refresh(account, 'c1')).resolves.toBeNull();
    });
  });

  describe('actions', () => {
    it('replies on the top-level comment when answering a reply', async () => {
      const connector = await connect(
        routes({ 'POST /c1/replies': () => ({ body: { id: '17873440459141021' } }) }),
      );
      const posted = await connector.postReply(
        account,
        { externalId: 'r0', parentExternalId: 'c1', threadRootId: 'm1' },
        'Visitor parking is free for the first two hours.',
        'attempt-1',
      );
      expect(posted.externalId).toBe('17873440459141021');
      expect(new URLSearchParams(server?.requests[0]?.body).get('message')).toBe(
        'Visitor parking is free for the first two hours.',
      );
    });

    it.each([
      [true, 'true'],
      [false, 'false'],
    ])('hides (hide=%s)', async (hidden, expected) => {
      const connector = await connect(routes({ 'POST /c1': () => ({ body: { success: true } }) }));
      await connector.setHidden(account, 'c1', hidden);
      expect(new URLSearchParams(server?.requests[0]?.body).get('hide')).toBe(expected);
    });

    it('deletes with DELETE /{ig-comment-id}', async () => {
      const connector = await connect(
        routes({ 'DELETE /c1': () => ({ body: { success: true } }) }),
      );
      await connector.delete(account, 'c1');
      expect(requested()).toEqual(['DELETE /c1']);
    });
  });
});
