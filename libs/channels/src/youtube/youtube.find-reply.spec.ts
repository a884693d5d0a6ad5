import { ChannelError } from '../channel-error';
import { type ChannelAccount, type ReplyTarget } from '../connector.types';
import {
  type LocalPlatformServer,
  type RequestHandler,
  routes,
  startLocalPlatformServer,
  TEST_NOW,
  testAccount,
  testNow,
} from '../testing/local-platform-server';
import { YouTubeConnector } from './youtube.connector';
import { CHANNEL_ID, reply } from './youtube.fixtures';

const THREAD = 'UgzQ1a2b3c4d5e6f7g8h9i4AaABAg';
// Answering a reply: YouTube attaches ours to the thread's top-level comment.
const TARGET: ReplyTarget = {
  externalId: `${THREAD}.9xYzExampleReplyId`,
  parentExternalId: THREAD,
  threadRootId: 'aBcDeFgHiJk',
};
const TEXT =
  'Thank you for watching! Your own provider can tell you which flu shot is right for you.';
const SINCE = TEST_NOW.toISOString();

function ownReply(id: string, snippet: Record<string, unknown> = {}) {
  return reply(id, THREAD, {
    videoId: 'aBcDeFgHiJk',
    textOriginal: TEXT,
    textDisplay: TEXT,
    authorDisplayName: '@CityGeneral',
    authorChannelId: { value: CHANNEL_ID },
    publishedAt: '2026-01-01T17:00:02Z',
    updatedAt: '2026-01-01T17:00:02Z',
    ...snippet,
  });
}

describe('YouTubeConnector.findPostedReply', () => {
  let server: LocalPlatformServer | undefined;
  const account: ChannelAccount = testAccount({ kind: 'youtube', accountRef: CHANNEL_ID });

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function connect(handler: RequestHandler): Promise<YouTubeConnector> {
    server = await startLocalPlatformServer(handler);
    return new YouTubeConnector({ now: testNow, baseUrl: server.baseUrl });
  }

  it('finds our reply in comments.list of the top-level comment', async () => {
    const connector = await connect(
      routes({
        'GET /comments': () => ({
          body: {
            items: [
              reply('a', THREAD, { textDisplay: TEXT, publishedAt: '2026-01-01T17:00:05Z' }),
              ownReply('9xYzOurReply'),
            ],
          },
        }),
      }),
    );
    await expect(connector.findPostedReply(account, TARGET, TEXT, SINCE)).resolves.toEqual({
      externalId: `${THREAD}.9xYzOurReply`,
      permalink: `https://www.youtube.com/watch?v=aBcDeFgHiJk&lc=${THREAD}.9xYzOurReply`,
      postedAt: '2026-01-01T17:00:02.000Z',
    });
    const request = server?.requests[0];
    expect(Object.fromEntries(request?.query ?? [])).toEqual({
      part: 'snippet',
      parentId: THREAD,
      maxResults: '100',
      textFormat: 'plainText',
    });
    expect(request?.headers.authorization).toBe('Bearer test-access-token');
  });

  it('returns null when only someone else’s reply or another text of ours is there', async () => {
    const connector = await connect(
      routes({
        'GET /comments': () => ({
          body: {
            items: [
              reply('a', THREAD, { textDisplay: TEXT, publishedAt: '2026-01-01T17:00:05Z' }),
              ownReply('b', { textOriginal: 'Thanks for watching!' }),
              ownReply('c', { publishedAt: '2026-01-01T12:00:00Z' }),
            ],
          },
        }),
      }),
    );
    await expect(connector.findPostedReply(account, TARGET, TEXT, SINCE)).resolves.toBeNull();
  });

  it('follows nextPageToken when the first page has no match', async () => {
    const connector = await connect(
      routes({
        'GET /comments': (request) =>
          request.query.get('pageToken') === 'r-2'
            ? { body: { items: [ownReply('9xYzOurReply')] } }
            : {
                body: {
                  items: [reply('a', THREAD, { textDisplay: 'Agreed!' })],
                  nextPageToken: 'r-2',
                },
              },
      }),
    );
    await expect(connector.findPostedReply(account, TARGET, TEXT, SINCE)).resolves.toMatchObject({
      externalId: `${THREAD}.9xYzOurReply`,
    });
    expect(server?.requests.map((request) => request.query.get('pageToken'))).toEqual([
      null,
      'r-2',
    ]);
  });

  it('reports an invalid token as auth_expired', async () => {
    const connector = await connect(() => ({
      status: 401,
      body: { error: { code: 401, errors: [{ reason: 'authError' }] } },
    }));
    const error = await connector
      .findPostedReply(account, TARGET, TEXT, SINCE)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ChannelError);
    expect(error).toMatchObject({ kind: 'auth_expired', platformCode: 'authError' });
  });
});
