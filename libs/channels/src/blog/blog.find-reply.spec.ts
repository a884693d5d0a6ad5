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
import { BlogConnector } from './blog.connector';
import { wpComment } from './blog.fixtures';

const COMMENTS = '/wp-json/wp/v2/comments';
const TARGET: ReplyTarget = { externalId: '4821', threadRootId: '1933' };
const TEXT =
  'Yes — our flu clinic welcomes walk-ins. Current hours are at https://citygeneral.org/flu.';
const SINCE = TEST_NOW.toISOString();
const OWN_USER_ID = 7;

function ownReply(id: number, dateGmt: string, extra: Record<string, unknown> = {}) {
  return wpComment(id, dateGmt, {
    author: OWN_USER_ID,
    author_name: 'City General',
    parent: 4821,
    content: { raw: TEXT, rendered: `<p>${TEXT}</p>\n` },
    ...extra,
  });
}

function page(body: unknown[], totalPages = 1) {
  return { body, headers: { 'x-wp-totalpages': String(totalPages) } };
}

describe('BlogConnector.findPostedReply', () => {
  let server: LocalPlatformServer | undefined;
  let account: ChannelAccount;

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function connect(handler: RequestHandler): Promise<BlogConnector> {
    server = await startLocalPlatformServer(handler);
    account = testAccount({
      kind: 'blog',
      accountRef: server.baseUrl,
      credentials: { username: 'bedside', applicationPassword: 'abcd efgh ijkl mnop' },
    });
    return new BlogConnector({ now: testNow });
  }

  function listRequests() {
    return (server?.requests ?? []).filter((request) => request.path === COMMENTS);
  }

  it('finds our reply by the authenticated user’s id, not by display name', async () => {
    const connector = await connect(
      routes({
        'GET /wp-json/wp/v2/users/me': () => ({ body: { id: OWN_USER_ID, slug: 'bedside' } }),
        [`GET ${COMMENTS}`]: () =>
          page([
            // A guest using our name and words is not us.
            ownReply(4823, '2026-01-01T17:00:03', { author: 0 }),
            ownReply(4822, '2026-01-01T17:00:01'),
          ]),
      }),
    );
    await expect(connector.findPostedReply(account, TARGET, TEXT, SINCE)).resolves.toEqual({
      externalId: '4822',
      permalink: 'https://blog.citygeneral.org/2026/01/flu-season-tips/#comment-4822',
      postedAt: '2026-01-01T17:00:01.000Z',
    });
    const request = listRequests()[0];
    expect(Object.fromEntries(request?.query ?? [])).toEqual({
      context: 'edit',
      post: '1933',
      parent: '4821',
      author: String(OWN_USER_ID),
      // `after` is read in site-local time: since minus the skew minus the largest UTC offset.
      after: '2026-01-01T02:59:00Z',
      orderby: 'date_gmt',
      order: 'desc',
      per_page: '100',
      page: '1',
    });
    expect(request?.headers.authorization).toBe(
      `Basic ${Buffer.from('bedside:abcd efgh ijkl mnop').toString('base64')}`,
    );
  });

  it('returns null when only someone else’s reply, another text or an older reply is there', async () => {
    const connector = await connect(
      routes({
        [`GET ${COMMENTS}`]: () =>
          page([
            ownReply(4824, '2026-01-01T17:00:03', { author: 12 }),
            ownReply(4823, '2026-01-01T17:00:02', {
              content: { raw: 'Walk-ins are welcome until 6 pm.' },
            }),
            ownReply(4822, '2026-01-01T10:00:00'),
          ]),
      }),
    );
    account = { ...account, settings: { userId: OWN_USER_ID } };
    await expect(connector.findPostedReply(account, TARGET, TEXT, SINCE)).resolves.toBeNull();
  });

  it('compares the rendered HTML without tags and entities when raw content is missing', async () => {
    const connector = await connect(
      routes({
        [`GET ${COMMENTS}`]: () =>
          page([
            ownReply(4822, '2026-01-01T17:00:01', {
              content: {
                rendered:
                  '<p>Yes &#8212; our flu clinic welcomes walk-ins. Current hours are at <a href="https://citygeneral.org/flu" rel="nofollow ugc">https://citygeneral.org/flu</a>.</p>\n',
              },
            }),
          ]),
      }),
    );
    account = { ...account, settings: { userId: OWN_USER_ID } };
    await expect(connector.findPostedReply(account, TARGET, TEXT, SINCE)).resolves.toMatchObject({
      externalId: '4822',
    });
  });

  it('reads the next page when the first has no match', async () => {
    const connector = await connect(
      routes({
        [`GET ${COMMENTS}`]: (request) =>
          request.query.get('page') === '2'
            ? page([ownReply(4822, '2026-01-01T17:00:01')], 2)
            : page([ownReply(4830, '2026-01-01T17:00:30', { author: 12 })], 2),
      }),
    );
    account = { ...account, settings: { userId: OWN_USER_ID } };
    await expect(connector.findPostedReply(account, TARGET, TEXT, SINCE)).resolves.toMatchObject({
      externalId: '4822',
    });
    expect(listRequests().map((request) => request.query.get('page'))).toEqual(['1', '2']);
  });

  it('reports a revoked application password as auth_expired', async () => {
    const connector = await connect(() => ({
      status: 401,
      body: {
        code: 'incorrect_password',
        message: 'The provided password is an invalid application password.',
        data: { status: 401 },
      },
    }));
    const error = await connector
      .findPostedReply(account, TARGET, TEXT, SINCE)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ChannelError);
    expect(error).toMatchObject({ kind: 'auth_expired', platformCode: 'incorrect_password' });
  });

  it('refuses a target that is not a WordPress id without calling the site', async () => {
    const connector = await connect(routes({}));
    await expect(
      connector.findPostedReply(account, { ...TARGET, externalId: 'abc' }, TEXT, SINCE),
    ).rejects.toMatchObject({ kind: 'invalid' });
    expect(server?.requests).toHaveLength(0);
  });
});
