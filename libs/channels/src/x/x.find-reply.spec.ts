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
import { XConnector } from './x.connector';
import { X_USER_ID } from './x.fixtures';
import { type XPost } from './x.mapper';

const TARGET: ReplyTarget = {
  externalId: '1870000000000000123',
  threadRootId: '1870000000000000123',
};
const TIMELINE = `/users/${X_USER_ID}/tweets`;
const TEXT =
  'Our outpatient pharmacy hours are posted at https://citygeneral.org/pharmacy — thanks for asking!';
const SINCE = TEST_NOW.toISOString();

/** One of our posts as the user timeline returns it: links on t.co, the mention prefixed. */
function ownPost(id: string, extra: Partial<XPost> = {}): XPost {
  return {
    id,
    text: '@jlee Our outpatient pharmacy hours are posted at https://t.co/Xy12AbCd — thanks for asking!',
    author_id: X_USER_ID,
    conversation_id: TARGET.threadRootId,
    in_reply_to_user_id: '2244000000000000001',
    referenced_tweets: [{ type: 'replied_to', id: TARGET.externalId }],
    created_at: '2026-01-01T17:00:02.000Z',
    ...extra,
  };
}

describe('XConnector.findPostedReply', () => {
  let server: LocalPlatformServer | undefined;
  const account: ChannelAccount = testAccount({ kind: 'x', accountRef: X_USER_ID });

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function connect(handler: RequestHandler): Promise<XConnector> {
    server = await startLocalPlatformServer(handler);
    return new XConnector({ now: testNow, baseUrl: server.baseUrl });
  }

  it('finds our reply to the post in our timeline since the attempt, despite t.co links', async () => {
    const connector = await connect(
      routes({
        [`GET ${TIMELINE}`]: () => ({
          body: {
            data: [ownPost('1870000000000000999')],
            meta: { result_count: 1, newest_id: '1870000000000000999' },
          },
        }),
      }),
    );
    await expect(connector.findPostedReply(account, TARGET, TEXT, SINCE)).resolves.toEqual({
      externalId: '1870000000000000999',
      permalink: 'https://x.com/i/web/status/1870000000000000999',
      postedAt: '2026-01-01T17:00:02.000Z',
    });
    const request = server?.requests[0];
    expect(Object.fromEntries(request?.query ?? [])).toEqual({
      start_time: '2026-01-01T16:59:00.000Z',
      max_results: '100',
      'tweet.fields': 'author_id,conversation_id,in_reply_to_user_id,referenced_tweets,created_at',
    });
    expect(request?.headers.authorization).toBe('Bearer test-access-token');
  });

  it('returns null when our posts answer another post or say something else', async () => {
    const connector = await connect(
      routes({
        [`GET ${TIMELINE}`]: () => ({
          body: {
            data: [
              ownPost('1870000000000000998', {
                referenced_tweets: [{ type: 'replied_to', id: '1870000000000000456' }],
              }),
              ownPost('1870000000000000997', {
                text: '@jlee The pharmacy closes at 9 pm tonight.',
              }),
              ownPost('1870000000000000996', {
                referenced_tweets: [{ type: 'quoted', id: TARGET.externalId }],
              }),
            ],
            meta: { result_count: 3 },
          },
        }),
      }),
    );
    await expect(connector.findPostedReply(account, TARGET, TEXT, SINCE)).resolves.toBeNull();
  });

  it('follows next_token when the first page has no match', async () => {
    const connector = await connect(
      routes({
        [`GET ${TIMELINE}`]: (request) =>
          request.query.get('pagination_token') === 'page-2'
            ? { body: { data: [ownPost('1870000000000000999')], meta: { result_count: 1 } } }
            : {
                body: {
                  data: [ownPost('1870000000000001000', { text: 'Flu shots today in the lobby.' })],
                  meta: { result_count: 1, next_token: 'page-2' },
                },
              },
      }),
    );
    await expect(connector.findPostedReply(account, TARGET, TEXT, SINCE)).resolves.toMatchObject({
      externalId: '1870000000000000999',
    });
    expect(server?.requests.map((request) => request.query.get('pagination_token'))).toEqual([
      null,
      'page-2',
    ]);
  });

  it('returns null for an empty timeline', async () => {
    const connector = await connect(
      routes({ [`GET ${TIMELINE}`]: () => ({ body: { meta: { result_count: 0 } } }) }),
    );
    await expect(connector.findPostedReply(account, TARGET, TEXT, SINCE)).resolves.toBeNull();
  });

  it('reports an expired user token (401) as auth_expired', async () => {
    const connector = await connect(() => ({
      status: 401,
      body: { title: 'Unauthorized', detail: 'Unauthorized', status: 401 },
    }));
    const error = await connector
      .findPostedReply(account, TARGET, TEXT, SINCE)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ChannelError);
    expect(error).toMatchObject({ kind: 'auth_expired' });
  });
});
