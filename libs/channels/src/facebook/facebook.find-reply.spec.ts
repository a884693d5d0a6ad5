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
import { FacebookConnector } from './facebook.connector';
import { EXPIRED_TOKEN_ERROR, PAGE_ID } from './facebook.fixtures';
import { type GraphComment } from './facebook.mapper';

const POST_A = `${PAGE_ID}_1001`;
// Answering a reply: Facebook attaches ours to the top-level comment 1001_1.
const TARGET: ReplyTarget = {
  externalId: '1001_2',
  parentExternalId: '1001_1',
  threadRootId: POST_A,
};
const REPLIES = '/1001_1/comments';
const TEXT = 'Thank you — visiting hours are at citygeneral.org/visit.';
const SINCE = TEST_NOW.toISOString();

function reply(id: string, createdTime: string, extra: Partial<GraphComment> = {}): GraphComment {
  return {
    id,
    message: TEXT,
    from: { id: PAGE_ID, name: 'City General' },
    created_time: createdTime,
    ...extra,
  };
}

const VISITOR = { id: '7712345678901234', name: 'Jordan Lee' };

describe('FacebookConnector.findPostedReply', () => {
  let server: LocalPlatformServer | undefined;
  const account: ChannelAccount = testAccount({ kind: 'facebook', accountRef: PAGE_ID });

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function connect(handler: RequestHandler, timeoutMs?: number): Promise<FacebookConnector> {
    server = await startLocalPlatformServer(handler);
    return new FacebookConnector({ now: testNow, baseUrl: server.baseUrl, timeoutMs });
  }

  function requested(): string[] {
    return (server?.requests ?? []).map(
      (request) =>
        `${request.method} ${request.path}${request.query.has('after') ? `?after=${request.query.get('after')}` : ''}`,
    );
  }

  it('finds our reply on the comment it attached to, whitespace aside', async () => {
    const connector = await connect(
      routes({
        [`GET ${REPLIES}`]: () => ({
          body: {
            data: [
              reply('1001_1_9003', '2026-01-01T17:00:09+0000', { from: VISITOR }),
              reply('1001_1_9002', '2026-01-01T17:00:05+0000', {
                message: `  ${TEXT.replace(' — ', ' —\n ')}\n`,
              }),
            ],
          },
        }),
      }),
    );
    await expect(connector.findPostedReply(account, TARGET, TEXT, SINCE)).resolves.toEqual({
      externalId: '1001_1_9002',
      postedAt: '2026-01-01T17:00:05.000Z',
    });
    const request = server?.requests[0];
    expect(Object.fromEntries(request?.query ?? [])).toEqual({
      order: 'reverse_chronological',
      fields: 'id,message,from,created_time',
      limit: '100',
    });
    expect(request?.headers.authorization).toBe('Bearer test-access-token');
  });

  it('returns null when only someone else’s reply or another text of ours is there', async () => {
    const connector = await connect(
      routes({
        [`GET ${REPLIES}`]: () => ({
          body: {
            data: [
              reply('1001_1_9003', '2026-01-01T17:00:09+0000', { from: VISITOR }),
              reply('1001_1_9002', '2026-01-01T17:00:05+0000', {
                message: 'Thank you — visiting hours are 8 am to 8 pm.',
              }),
            ],
          },
        }),
      }),
    );
    await expect(connector.findPostedReply(account, TARGET, TEXT, SINCE)).resolves.toBeNull();
  });

  it('reads the next page when the first has no match', async () => {
    const connector = await connect(
      routes({
        [`GET ${REPLIES}`]: (request) =>
          request.query.get('after') === 'r-2'
            ? { body: { data: [reply('1001_1_9002', '2026-01-01T17:00:05+0000')] } }
            : {
                body: {
                  data: [reply('1001_1_9003', '2026-01-01T17:00:09+0000', { from: VISITOR })],
                  paging: { cursors: { after: 'r-2' }, next: 'https://graph.example/r-2' },
                },
              },
      }),
    );
    await expect(connector.findPostedReply(account, TARGET, TEXT, SINCE)).resolves.toMatchObject({
      externalId: '1001_1_9002',
    });
    expect(requested()).toEqual([`GET ${REPLIES}`, `GET ${REPLIES}?after=r-2`]);
  });

  it('stops at replies older than since: an identical reply from before is another answer', async () => {
    const connector = await connect(
      routes({
        [`GET ${REPLIES}`]: () => ({
          body: {
            data: [
              reply('1001_1_9003', '2026-01-01T17:00:09+0000', { from: VISITOR }),
              reply('1001_1_9001', '2026-01-01T16:40:00+0000'),
            ],
            paging: { cursors: { after: 'r-2' }, next: 'https://graph.example/r-2' },
          },
        }),
      }),
    );
    await expect(connector.findPostedReply(account, TARGET, TEXT, SINCE)).resolves.toBeNull();
    expect(requested()).toEqual([`GET ${REPLIES}`]);
  });

  it('allows for a platform clock a few seconds behind ours', async () => {
    const connector = await connect(
      routes({
        [`GET ${REPLIES}`]: () => ({
          body: { data: [reply('1001_1_9002', '2026-01-01T16:59:50+0000')] },
        }),
      }),
    );
    await expect(connector.findPostedReply(account, TARGET, TEXT, SINCE)).resolves.toMatchObject({
      externalId: '1001_1_9002',
    });
  });

  it('reports an expired Page token as auth_expired', async () => {
    const connector = await connect(() => ({ status: 400, body: EXPIRED_TOKEN_ERROR }));
    const error = await connector
      .findPostedReply(account, TARGET, TEXT, SINCE)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ChannelError);
    expect(error).toMatchObject({ kind: 'auth_expired', platformCode: '190/463' });
    expect((error as ChannelError).message).not.toContain(TEXT);
  });

  it('refuses a since that is not a timestamp without calling the platform', async () => {
    const connector = await connect(routes({}));
    await expect(
      connector.findPostedReply(account, TARGET, TEXT, 'not a time'),
    ).rejects.toMatchObject({ kind: 'invalid' });
    expect(server?.requests).toHaveLength(0);
  });

  describe('the outbox after a time-out', () => {
    it('finds the reply Facebook stored although postReply timed out, so nobody posts twice', async () => {
      const stored: GraphComment[] = [];
      const connector = await connect(
        routes({
          [`POST ${REPLIES}`]: (request) => {
            const message = new URLSearchParams(request.body).get('message') ?? '';
            stored.unshift(reply('1001_1_9001', '2026-01-01T17:00:01+0000', { message }));
            // Stored at once, answered after the connector has given up.
            return { body: { id: '1001_1_9001' }, delayMs: 1_000 };
          },
          [`GET ${REPLIES}`]: () => ({ body: { data: stored } }),
        }),
        100,
      );
      const posting = await connector
        .postReply(account, TARGET, TEXT, 'attempt-1')
        .catch((caught: unknown) => caught);
      expect(posting).toBeInstanceOf(ChannelError);
      expect(posting).toMatchObject({ kind: 'transient' });

      await expect(connector.findPostedReply(account, TARGET, TEXT, SINCE)).resolves.toEqual({
        externalId: '1001_1_9001',
        postedAt: '2026-01-01T17:00:01.000Z',
      });
      expect(requested()).toEqual([`POST ${REPLIES}`, `GET ${REPLIES}`]);
    });
  });
});
