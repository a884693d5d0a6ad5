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
import { GoogleReviewConnector } from './google-review.connector';
import { LOCATION_NAME, REVIEWS_PAGE_1, REVIEWS_PAGE_2 } from './google-review.fixtures';
import { toStarRating } from './google-review.mapper';

const REVIEWS_PATH = `/${LOCATION_NAME}/reviews`;
const REVIEW_1 = 'AbFvOqkExampleReviewId';

const reviews: RequestHandler = routes({
  [`GET ${REVIEWS_PATH}`]: (request) => ({
    body: request.query.get('pageToken') === 'CgwIhL3NxAYQ' ? REVIEWS_PAGE_2 : REVIEWS_PAGE_1,
  }),
});

describe('GoogleReviewConnector', () => {
  let server: LocalPlatformServer | undefined;
  const account: ChannelAccount = testAccount({
    kind: 'google_review',
    accountRef: LOCATION_NAME,
    settings: { backfillDays: 7 },
  });

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function connect(handler: RequestHandler): Promise<GoogleReviewConnector> {
    server = await startLocalPlatformServer(handler);
    return new GoogleReviewConnector({ now: testNow, baseUrl: server.baseUrl });
  }

  describe('fetchSince', () => {
    it('pages newest-updated first until a review is older than the window', async () => {
      const connector = await connect(reviews);
      const result = await drain(connector, account, null);
      expect(server?.requests.map((request) => request.query.get('pageToken'))).toEqual([
        null,
        'CgwIhL3NxAYQ',
      ]);
      expect(upsertedComments(result.events).map((comment) => comment.externalId)).toEqual([
        REVIEW_1,
        'AbFvOqkAnotherReviewId',
        'AbFvOqkAnotherReviewId/reply',
      ]);
      expect(JSON.parse(result.cursor ?? 'null')).toEqual({
        watermark: '2026-01-01T16:20:00.123Z',
      });
    });

    it('lists with the documented page size and order', async () => {
      const connector = await connect(reviews);
      await connector.fetchSince(account, null);
      expect(Object.fromEntries(server?.requests[0]?.query ?? [])).toEqual({
        pageSize: '50',
        orderBy: 'updateTime desc',
      });
      expect(server?.requests[0]?.headers.authorization).toBe('Bearer test-access-token');
    });

    it('keeps the star rating, the anonymous flag and rating-only reviews', async () => {
      const connector = await connect(reviews);
      const [review, ratingOnly, ownReply] = upsertedComments(
        (await connector.fetchSince(account, null)).events,
      );
      expect(review).toMatchObject({
        channel: 'google_review',
        dedupeKey: `google_review:${LOCATION_NAME}:${REVIEW_1}`,
        threadRootId: REVIEW_1,
        rating: 2,
        text: 'Waited five hours in the emergency room last night.',
        author: { displayName: 'Jordan L.', isAnonymous: false },
        createdAt: '2026-01-01T16:20:00.123Z',
        isOwnAccount: false,
      });
      expect(ratingOnly).toMatchObject({
        rating: 5,
        text: '',
        author: { isAnonymous: true },
        updatedAt: '2025-12-31T10:15:00.000Z',
      });
      expect(ownReply).toMatchObject({
        parentExternalId: 'AbFvOqkAnotherReviewId',
        isOwnAccount: true,
        text: "Thank you so much for the kind words — we'll share them with our team.",
      });
    });

    it('picks up an edit on the next poll: updateTime moves the review and its version', async () => {
      const edited = {
        ...REVIEWS_PAGE_1.reviews[0],
        comment: 'Waited five hours in the emergency room last night, but the nurses were kind.',
        starRating: 'THREE',
        updateTime: '2026-01-01T16:50:00Z',
      };
      const connector = await connect(() => ({
        body: { reviews: [edited, REVIEWS_PAGE_1.reviews[1]], nextPageToken: 'CgwIhL3NxAYQ' },
      }));
      const result = await connector.fetchSince(
        account,
        JSON.stringify({ watermark: '2026-01-01T16:20:00.123Z' }),
      );
      expect(result.events).toEqual([
        expect.objectContaining({
          type: 'upsert',
          version: expect.stringMatching(/^2026-01-01T16:50:00\.000Z#/) as unknown,
          comment: expect.objectContaining({
            rating: 3,
            updatedAt: '2026-01-01T16:50:00.000Z',
          }) as unknown,
        }),
      ]);
      expect(result).toMatchObject({
        hasMore: false,
        nextCursor: JSON.stringify({ watermark: '2026-01-01T16:50:00.000Z' }),
      });
    });
  });

  describe('errors', () => {
    it.each([
      [
        'RESOURCE_EXHAUSTED',
        429,
        { error: { code: 429, status: 'RESOURCE_EXHAUSTED' } },
        { 'retry-after': '60' },
        { kind: 'rate_limited', retryAfterMs: 60_000 },
      ],
      [
        'UNAUTHENTICATED',
        401,
        { error: { code: 401, status: 'UNAUTHENTICATED' } },
        {},
        { kind: 'auth_expired', platformCode: 'UNAUTHENTICATED' },
      ],
      [
        'PERMISSION_DENIED',
        403,
        { error: { code: 403, status: 'PERMISSION_DENIED' } },
        {},
        { kind: 'permission' },
      ],
      [
        'FAILED_PRECONDITION',
        400,
        { error: { code: 400, status: 'FAILED_PRECONDITION' } },
        {},
        { kind: 'invalid' },
      ],
      [
        'UNAVAILABLE',
        503,
        { error: { code: 503, status: 'UNAVAILABLE' } },
        {},
        { kind: 'transient' },
      ],
    ])('maps %s', async (_case, status, body, headers, expected) => {
      const connector = await connect(() => ({ status, body, headers }));
      await expect(connector.fetchSince(account, null)).rejects.toMatchObject(expected);
    });
  });

  describe('refresh', () => {
    it('returns null for a deleted review (404 NOT_FOUND)', async () => {
      const connector = await connect(() => ({
        status: 404,
        body: {
          error: { code: 404, message: 'Requested entity was not found.', status: 'NOT_FOUND' },
        },
      }));
      await expect(connector.refresh(account, REVIEW_1)).resolves.toBeNull();
      expect(server?.requests[0]?.path).toBe(`${REVIEWS_PATH}/${REVIEW_1}`);
    });

    it('re-reads the owner reply of a review by its reply id', async () => {
      const connector = await connect(() => ({ body: REVIEWS_PAGE_1.reviews[1] }));
      await expect(
        connector.refresh(account, 'AbFvOqkAnotherReviewId/reply'),
      ).resolves.toMatchObject({
        isOwnAccount: true,
      });
    });
  });

  describe('actions', () => {
    it('replies with PUT …/reviews/{id}/reply', async () => {
      const connector = await connect(
        routes({
          [`PUT ${REVIEWS_PATH}/${REVIEW_1}/reply`]: () => ({
            body: { comment: '…', updateTime: '2026-01-01T17:00:00Z' },
          }),
        }),
      );
      const text =
        "We're sorry to hear about the concerns you've described. Please contact our Patient Relations team at (555) 010-2000 so they can follow up directly.";
      const posted = await connector.postReply(
        account,
        { externalId: REVIEW_1, threadRootId: REVIEW_1 },
        text,
        'attempt-1',
      );
      expect(posted).toEqual({
        externalId: `${REVIEW_1}/reply`,
        postedAt: '2026-01-01T17:00:00.000Z',
      });
      expect(JSON.parse(server?.requests[0]?.body ?? 'null')).toEqual({ comment: text });
      expect(server?.requests[0]?.headers.authorization).toBe('Bearer test-access-token');
    });

    it('deletes the owner reply with DELETE …/reply', async () => {
      const connector = await connect(
        routes({ [`DELETE ${REVIEWS_PATH}/${REVIEW_1}/reply`]: () => ({ body: {} }) }),
      );
      await connector.deleteReply(account, `${REVIEW_1}/reply`);
      expect(server?.requests).toHaveLength(1);
    });

    it('cannot hide or delete a review', async () => {
      const connector = await connect(reviews);
      expect(connector.capabilities).toMatchObject({
        hide: false,
        delete: false,
        deleteReply: true,
      });
      await expect(connector.deleteReply(account, REVIEW_1)).rejects.toMatchObject({
        kind: 'invalid',
      });
      expect(server?.requests).toHaveLength(0);
    });
  });
});

describe('toStarRating', () => {
  it.each([
    ['ONE', 1],
    ['TWO', 2],
    ['THREE', 3],
    ['FOUR', 4],
    ['FIVE', 5],
    ['STAR_RATING_UNSPECIFIED', undefined],
    [undefined, undefined],
  ])('%s → %s', (value, expected) => {
    expect(toStarRating(value)).toBe(expected);
  });
});
