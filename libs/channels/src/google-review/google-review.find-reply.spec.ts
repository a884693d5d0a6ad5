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
import { GoogleReviewConnector } from './google-review.connector';
import { LOCATION_NAME, REVIEWS_PAGE_1 } from './google-review.fixtures';

const REVIEW_ID = 'AbFvOqkExampleReviewId';
const REVIEW_PATH = `/${LOCATION_NAME}/reviews/${REVIEW_ID}`;
const TARGET: ReplyTarget = { externalId: REVIEW_ID, threadRootId: REVIEW_ID };
const TEXT =
  "We're sorry to hear about the concerns you've described. Please contact our Patient Relations team at (555) 010-2000 so they can follow up directly.";
const SINCE = TEST_NOW.toISOString();

function reviewWith(reviewReply?: { comment: string; updateTime: string }) {
  return { ...REVIEWS_PAGE_1.reviews[0], ...(reviewReply ? { reviewReply } : {}) };
}

describe('GoogleReviewConnector.findPostedReply', () => {
  let server: LocalPlatformServer | undefined;
  const account: ChannelAccount = testAccount({
    kind: 'google_review',
    accountRef: LOCATION_NAME,
  });

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function connect(handler: RequestHandler): Promise<GoogleReviewConnector> {
    server = await startLocalPlatformServer(handler);
    return new GoogleReviewConnector({ now: testNow, baseUrl: server.baseUrl });
  }

  it('re-reads the review and returns its owner reply when the text matches', async () => {
    const connector = await connect(
      routes({
        [`GET ${REVIEW_PATH}`]: () => ({
          body: reviewWith({ comment: `${TEXT}\n`, updateTime: '2026-01-01T17:00:01.5Z' }),
        }),
      }),
    );
    await expect(connector.findPostedReply(account, TARGET, TEXT, SINCE)).resolves.toEqual({
      externalId: `${REVIEW_ID}/reply`,
      postedAt: '2026-01-01T17:00:01.500Z',
    });
    expect(server?.requests[0]?.headers.authorization).toBe('Bearer test-access-token');
  });

  it.each([
    ['no reply yet', undefined],
    [
      'another reply text',
      { comment: 'Thank you for your feedback.', updateTime: '2026-01-01T17:00:01Z' },
    ],
    ['the same text from an earlier reply', { comment: TEXT, updateTime: '2025-12-31T10:15:00Z' }],
  ])('returns null with %s', async (_case, reviewReply) => {
    const connector = await connect(
      routes({ [`GET ${REVIEW_PATH}`]: () => ({ body: reviewWith(reviewReply) }) }),
    );
    await expect(connector.findPostedReply(account, TARGET, TEXT, SINCE)).resolves.toBeNull();
  });

  it('reports an expired token as auth_expired', async () => {
    const connector = await connect(() => ({
      status: 401,
      body: {
        error: {
          code: 401,
          message: 'Request had invalid credentials.',
          status: 'UNAUTHENTICATED',
        },
      },
    }));
    const error = await connector
      .findPostedReply(account, TARGET, TEXT, SINCE)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ChannelError);
    expect(error).toMatchObject({ kind: 'auth_expired', platformCode: 'UNAUTHENTICATED' });
  });
});
