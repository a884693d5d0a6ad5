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
import { YouTubeConnector } from './youtube.connector';
import { CHANNEL_ID, DOC_THREAD, reply, thread } from './youtube.fixtures';

const T2 = 'Ugw2Thread';
const THREADS: Record<string, { items: unknown[]; nextPageToken?: string }> = {
  'published:': {
    items: [
      DOC_THREAD,
      thread(
        T2,
        {
          textOriginal: 'Which entrance is open at night?',
          publishedAt: '2026-01-01T16:05:00Z',
          updatedAt: '2026-01-01T16:45:00Z',
        },
        {
          totalReplyCount: 3,
          replies: [
            reply('a', T2, { textDisplay: 'North one', publishedAt: '2026-01-01T16:06:00Z' }),
          ],
        },
      ),
    ],
    nextPageToken: 'pub-2',
  },
  'published:pub-2': {
    items: [
      thread('UgwOld', {
        textOriginal: 'Old thread',
        publishedAt: '2025-11-01T10:00:00Z',
        updatedAt: '2025-11-01T10:00:00Z',
      }),
    ],
    nextPageToken: 'pub-3',
  },
  'heldForReview:': {
    items: [
      thread('UgwHeld', {
        textDisplay: 'My chart says &quot;ready&quot;<br>but nobody called &amp; I waited',
        publishedAt: '2026-01-01T16:30:00Z',
        updatedAt: '2026-01-01T16:30:00Z',
        moderationStatus: 'heldForReview',
      }),
    ],
  },
  'likelySpam:': { items: [] },
};

const youtube: RequestHandler = routes({
  'GET /commentThreads': (request) => {
    const key = `${request.query.get('moderationStatus')}:${request.query.get('pageToken') ?? ''}`;
    return { body: { kind: 'youtube#commentThreadListResponse', ...THREADS[key] } };
  },
  'GET /comments': (request) =>
    request.query.get('pageToken') === 'r-2'
      ? {
          body: {
            items: [
              reply('c', T2, {
                textDisplay: 'Thanks for asking! The north entrance is open 24/7.',
                authorChannelId: { value: CHANNEL_ID },
                authorDisplayName: '@CityGeneral',
                publishedAt: '2026-01-01T16:40:00Z',
              }),
            ],
          },
        }
      : {
          body: {
            items: [
              reply('a', T2, { textDisplay: 'North one', publishedAt: '2026-01-01T16:06:00Z' }),
              reply('b', T2, { textDisplay: 'Old reply', publishedAt: '2025-11-02T10:00:00Z' }),
            ],
            nextPageToken: 'r-2',
          },
        },
});

describe('YouTubeConnector', () => {
  let server: LocalPlatformServer | undefined;
  const account: ChannelAccount = testAccount({
    kind: 'youtube',
    accountRef: CHANNEL_ID,
    settings: { backfillDays: 1 },
  });

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function connect(handler: RequestHandler): Promise<YouTubeConnector> {
    server = await startLocalPlatformServer(handler);
    return new YouTubeConnector({ now: testNow, baseUrl: server.baseUrl });
  }

  function requested(): string[] {
    return (server?.requests ?? []).map((request) => {
      const query = request.query;
      const filter = query.get('moderationStatus') ?? `parentId=${query.get('parentId')}`;
      return `${request.path} ${filter}${query.has('pageToken') ? ` ${query.get('pageToken')}` : ''}`;
    });
  }

  describe('fetchSince', () => {
    it('pages each moderation status, reads replies not embedded, and stops at old threads', async () => {
      const connector = await connect(youtube);
      const result = await drain(connector, account, null);
      expect(requested()).toEqual([
        '/commentThreads published',
        `/comments parentId=${T2}`,
        `/comments parentId=${T2} r-2`,
        '/commentThreads published pub-2',
        '/commentThreads heldForReview',
        '/commentThreads likelySpam',
      ]);
      expect(upsertedComments(result.events).map((comment) => comment.externalId)).toEqual([
        'UgzQ1a2b3c4d5e6f7g8h9i4AaABAg',
        'UgzQ1a2b3c4d5e6f7g8h9i4AaABAg.9xYzExampleReplyId',
        T2,
        `${T2}.a`,
        // The embedded reply is read again by comments.list; dedupe makes that harmless.
        `${T2}.a`,
        `${T2}.c`,
        'UgwHeld',
      ]);
      expect(JSON.parse(result.cursor ?? 'null')).toEqual({ since: '2026-01-01T17:00:00.000Z' });
    });

    it('lists threads as documented: channel filter, newest first, plain text', async () => {
      const connector = await connect(youtube);
      await connector.fetchSince(account, null);
      expect(Object.fromEntries(server?.requests[0]?.query ?? [])).toEqual({
        part: 'snippet,replies',
        allThreadsRelatedToChannelId: CHANNEL_ID,
        order: 'time',
        maxResults: '100',
        textFormat: 'plainText',
        moderationStatus: 'published',
      });
      expect(server?.requests[0]?.headers.authorization).toBe('Bearer test-access-token');
    });

    it('maps the documented thread and its reply', async () => {
      const connector = await connect(youtube);
      const [top, replyComment] = upsertedComments(
        (await connector.fetchSince(account, null)).events,
      );
      expect(top).toMatchObject({
        channel: 'youtube',
        dedupeKey: `youtube:${CHANNEL_ID}:UgzQ1a2b3c4d5e6f7g8h9i4AaABAg`,
        threadRootId: 'aBcDeFgHiJk',
        author: {
          externalId: 'UCabcdefghijkl1234567890',
          displayName: '@jordanlee',
          handle: 'jordanlee',
        },
        text: 'Great explainer on flu shots, thank you!',
        createdAt: '2026-01-01T16:10:00.000Z',
        permalink: 'https://www.youtube.com/watch?v=aBcDeFgHiJk&lc=UgzQ1a2b3c4d5e6f7g8h9i4AaABAg',
        visibility: 'visible',
        isOwnAccount: false,
      });
      expect(top).not.toHaveProperty('updatedAt');
      expect(replyComment).toMatchObject({
        parentExternalId: 'UgzQ1a2b3c4d5e6f7g8h9i4AaABAg',
        threadRootId: 'aBcDeFgHiJk',
        text: 'Agreed!',
      });
    });

    it('detects edits by updatedAt and versions on it', async () => {
      const connector = await connect(youtube);
      const result = await connector.fetchSince(account, null);
      const edited = result.events.find(
        (event) => event.type === 'upsert' && event.comment.externalId === T2,
      );
      expect(edited).toMatchObject({
        comment: { createdAt: '2026-01-01T16:05:00.000Z', updatedAt: '2026-01-01T16:45:00.000Z' },
        version: expect.stringMatching(/^2026-01-01T16:45:00\.000Z#/) as unknown,
      });
    });

    it('strips HTML from textDisplay, keeps held comments held and marks own replies', async () => {
      const connector = await connect(youtube);
      const comments = upsertedComments((await drain(connector, account, null)).events);
      expect(comments.find((comment) => comment.externalId === 'UgwHeld')).toMatchObject({
        text: 'My chart says "ready"\nbut nobody called & I waited',
        visibility: 'held',
      });
      expect(comments.find((comment) => comment.externalId === `${T2}.c`)).toMatchObject({
        isOwnAccount: true,
      });
    });
  });

  describe('errors', () => {
    it.each([
      [
        'quotaExceeded waits until midnight Pacific',
        403,
        {
          error: {
            code: 403,
            message: 'Quota exceeded',
            errors: [{ domain: 'youtube.quota', reason: 'quotaExceeded' }],
          },
        },
        {},
        // 17:00 UTC is 09:00 PST: 15 hours to midnight.
        { kind: 'rate_limited', retryAfterMs: 15 * 3_600_000, platformCode: 'quotaExceeded' },
      ],
      [
        'rateLimitExceeded with Retry-After',
        403,
        { error: { code: 403, errors: [{ reason: 'rateLimitExceeded' }] } },
        { 'retry-after': '20' },
        { kind: 'rate_limited', retryAfterMs: 20_000 },
      ],
      [
        'a 429',
        429,
        undefined,
        { 'retry-after': '5' },
        { kind: 'rate_limited', retryAfterMs: 5_000 },
      ],
      [
        'commentsDisabled',
        403,
        { error: { code: 403, errors: [{ reason: 'commentsDisabled' }] } },
        {},
        { kind: 'invalid' },
      ],
      [
        'insufficientPermissions',
        403,
        { error: { code: 403, errors: [{ reason: 'insufficientPermissions' }] } },
        {},
        { kind: 'permission' },
      ],
      [
        'an invalid token',
        401,
        { error: { code: 401, errors: [{ reason: 'authError' }] } },
        {},
        { kind: 'auth_expired' },
      ],
      [
        'a backend error',
        500,
        { error: { code: 500, errors: [{ reason: 'backendError' }] } },
        {},
        { kind: 'transient' },
      ],
    ])('maps %s', async (_case, status, body, headers, expected) => {
      const connector = await connect(() => ({ status, body, headers }));
      await expect(connector.fetchSince(account, null)).rejects.toMatchObject(expected);
    });
  });

  describe('refresh', () => {
    it('returns null when the comment is missing from items (deleted)', async () => {
      const connector = await connect(routes({ 'GET /comments': () => ({ body: { items: [] } }) }));
      await expect(connector.refresh(account, 'UgwGone')).resolves.toBeNull();
      expect(server?.requests[0]?.query.get('id')).toBe('UgwGone');
    });
  });

  describe('actions', () => {
    it('replies with comments.insert on the top-level comment', async () => {
      const connector = await connect(
        routes({
          'POST /comments': () => ({
            body: {
              kind: 'youtube#comment',
              id: 'UgzQ1a2b3c4d5e6f7g8h9i4AaABAg.9xYzOurReply',
              snippet: { videoId: 'aBcDeFgHiJk', publishedAt: '2026-01-01T17:00:02Z' },
            },
          }),
        }),
      );
      const text =
        'Thank you for watching! Your own provider can tell you which flu shot is right for you.';
      const posted = await connector.postReply(
        account,
        {
          externalId: 'UgzQ1a2b3c4d5e6f7g8h9i4AaABAg.9xYzExampleReplyId',
          parentExternalId: 'UgzQ1a2b3c4d5e6f7g8h9i4AaABAg',
          threadRootId: 'aBcDeFgHiJk',
        },
        text,
        'attempt-1',
      );
      expect(posted).toEqual({
        externalId: 'UgzQ1a2b3c4d5e6f7g8h9i4AaABAg.9xYzOurReply',
        permalink:
          'https://www.youtube.com/watch?v=aBcDeFgHiJk&lc=UgzQ1a2b3c4d5e6f7g8h9i4AaABAg.9xYzOurReply',
        postedAt: '2026-01-01T17:00:02.000Z',
      });
      const request = server?.requests[0];
      expect(request?.query.get('part')).toBe('snippet');
      expect(JSON.parse(request?.body ?? 'null')).toEqual({
        snippet: { parentId: 'UgzQ1a2b3c4d5e6f7g8h9i4AaABAg', textOriginal: text },
      });
    });

    it.each([
      ['hides', true, 'heldForReview'],
      ['restores', false, 'published'],
    ])('%s with setModerationStatus', async (_case, hidden, status) => {
      const connector = await connect(
        routes({ 'POST /comments/setModerationStatus': () => ({ status: 204 }) }),
      );
      await connector.setHidden(account, 'UgwHeld', hidden);
      expect(Object.fromEntries(server?.requests[0]?.query ?? [])).toEqual({
        id: 'UgwHeld',
        moderationStatus: status,
      });
    });

    it('removes someone else’s comment by rejecting it', async () => {
      const connector = await connect(
        routes({ 'POST /comments/setModerationStatus': () => ({ status: 204 }) }),
      );
      await connector.delete(account, 'UgwHeld');
      expect(server?.requests[0]?.query.get('moderationStatus')).toBe('rejected');
    });

    it('deletes our own reply with comments.delete', async () => {
      const connector = await connect(routes({ 'DELETE /comments': () => ({ status: 204 }) }));
      await connector.deleteReply(account, 'UgzQ1a2b3c4d5e6f7g8h9i4AaABAg.9xYzOurReply');
      expect(server?.requests[0]?.query.get('id')).toBe(
        'UgzQ1a2b3c4d5e6f7g8h9i4AaABAg.9xYzOurReply',
      );
    });
  });
});
