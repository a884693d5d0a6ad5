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
import { InstagramConnector } from './instagram.connector';
import { IG_USER_ID } from './instagram.fixtures';
import { type GraphInstagramComment } from './instagram.mapper';

// Answering a reply: Instagram attaches ours to the top-level comment c1.
const TARGET: ReplyTarget = { externalId: 'r0', parentExternalId: 'c1', threadRootId: 'm1' };
const REPLIES = '/c1/replies';
const TEXT = 'Visitor parking is free for the first two hours.';
const SINCE = TEST_NOW.toISOString();
const OURS = { id: IG_USER_ID, username: 'citygeneral' };

function reply(
  id: string,
  timestamp: string,
  extra: Partial<GraphInstagramComment> = {},
): GraphInstagramComment {
  return {
    id,
    text: TEXT,
    timestamp,
    username: OURS.username,
    from: OURS,
    hidden: false,
    ...extra,
  };
}

const VISITOR = { id: '1789000000000002', username: 'jordan.lee' };

describe('InstagramConnector.findPostedReply', () => {
  let server: LocalPlatformServer | undefined;
  const account: ChannelAccount = testAccount({ kind: 'instagram', accountRef: IG_USER_ID });

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function connect(handler: RequestHandler): Promise<InstagramConnector> {
    server = await startLocalPlatformServer(handler);
    return new InstagramConnector({ now: testNow, baseUrl: server.baseUrl });
  }

  it('finds our reply among the replies of the top-level comment', async () => {
    const connector = await connect(
      routes({
        [`GET ${REPLIES}`]: () => ({
          body: {
            data: [
              reply('r7', '2026-01-01T17:00:09+0000', { from: VISITOR, username: 'jordan.lee' }),
              reply('17873440459141021', '2026-01-01T17:00:03+0000', { text: `${TEXT}\n` }),
            ],
          },
        }),
      }),
    );
    await expect(connector.findPostedReply(account, TARGET, TEXT, SINCE)).resolves.toEqual({
      externalId: '17873440459141021',
      postedAt: '2026-01-01T17:00:03.000Z',
    });
    const request = server?.requests[0];
    expect(Object.fromEntries(request?.query ?? [])).toEqual({
      fields: 'id,text,timestamp,username,from,hidden',
      limit: '50',
    });
    expect(request?.headers.authorization).toBe('Bearer test-access-token');
  });

  it('returns null when only someone else’s reply or another text of ours is there', async () => {
    const connector = await connect(
      routes({
        [`GET ${REPLIES}`]: () => ({
          body: {
            data: [
              reply('r7', '2026-01-01T17:00:09+0000', { from: VISITOR, username: 'jordan.lee' }),
              reply('r8', '2026-01-01T17:00:03+0000', { text: 'Parking is free on weekends.' }),
              reply('r2', '2026-01-01T15:00:00+0000'),
            ],
          },
        }),
      }),
    );
    await expect(connector.findPostedReply(account, TARGET, TEXT, SINCE)).resolves.toBeNull();
  });

  it('reads every page, as replies have no documented order', async () => {
    const connector = await connect(
      routes({
        [`GET ${REPLIES}`]: (request) =>
          request.query.get('after') === 'r-2'
            ? { body: { data: [reply('r9', '2026-01-01T17:00:03+0000')] } }
            : {
                body: {
                  data: [reply('r2', '2026-01-01T15:00:00+0000', { text: 'Welcome!' })],
                  paging: { cursors: { after: 'r-2' }, next: 'https://graph.example/r-2' },
                },
              },
      }),
    );
    await expect(connector.findPostedReply(account, TARGET, TEXT, SINCE)).resolves.toMatchObject({
      externalId: 'r9',
    });
    expect(server?.requests.map((request) => request.query.get('after'))).toEqual([null, 'r-2']);
  });

  it('reports an expired token as auth_expired', async () => {
    const connector = await connect(() => ({
      status: 400,
      body: { error: { code: 190, message: 'Error validating access token' } },
    }));
    const error = await connector
      .findPostedReply(account, TARGET, TEXT, SINCE)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ChannelError);
    expect(error).toMatchObject({ kind: 'auth_expired', platformCode: 190 });
  });
});
