import {
  SIGNED_PAGE_BODY,
  SIGNED_PAGE_SIGNATURE,
  TEST_APP_SECRET,
} from '../facebook/facebook.fixtures';
import { acceptedEvents, upserted } from '../testing/outcome-helpers';
import { metaSignature, webhookRequest } from '../testing/webhook-request';
import { COMMENT_DELIVERY, IG_USER_ID, MENTION_DELIVERY } from './instagram.fixtures';
import { handleInstagramWebhook } from './instagram.webhook';

const secrets = { appSecret: TEST_APP_SECRET, verifyToken: 'bedside-verify-7f3c' };

function signed(payload: unknown) {
  const body = JSON.stringify(payload);
  return webhookRequest({
    body,
    headers: { 'x-hub-signature-256': metaSignature(body, TEST_APP_SECRET) },
  });
}

describe('handleInstagramWebhook', () => {
  it('answers the Meta verification handshake', () => {
    const outcome = handleInstagramWebhook(
      webhookRequest({
        method: 'GET',
        query: {
          'hub.mode': 'subscribe',
          'hub.challenge': '1158201444',
          'hub.verify_token': 'bedside-verify-7f3c',
        },
      }),
      secrets,
    );
    expect(outcome).toEqual({
      kind: 'challenge',
      status: 200,
      contentType: 'text/plain',
      body: '1158201444',
    });
  });

  it.each([
    ['missing', {}],
    ['forged', { 'x-hub-signature-256': `sha256=${'f'.repeat(64)}` }],
  ])('rejects a %s signature with 401', (_case, headers) => {
    const outcome = handleInstagramWebhook(
      webhookRequest({ body: JSON.stringify(COMMENT_DELIVERY), headers }),
      secrets,
    );
    expect(outcome).toMatchObject({ kind: 'rejected', status: 401 });
  });

  it('maps a comment, using entry.time as the receive time because the payload has none', () => {
    const [event] = acceptedEvents(handleInstagramWebhook(signed(COMMENT_DELIVERY), secrets));
    const { comment, version } = upserted(event);
    expect(comment).toMatchObject({
      channel: 'instagram',
      accountRef: IG_USER_ID,
      externalId: '17865799348089039',
      dedupeKey: `instagram:${IG_USER_ID}:17865799348089039`,
      threadRootId: '17900000000000003',
      parentExternalId: '17865799348000001',
      author: { externalId: '1789000000000002', handle: 'jordan.lee' },
      text: 'Is the cafeteria open on weekends?',
      createdAt: '2026-01-01T16:01:40.000Z',
      isOwnAccount: false,
    });
    expect(version.startsWith('2026-01-01T16:01:40.000Z#')).toBe(true);
  });

  it('marks our own replies, which come back as comments', () => {
    const payload = structuredClone(COMMENT_DELIVERY);
    payload.entry[0].changes[0].value.from = { id: IG_USER_ID, username: 'citygeneral' };
    const [event] = acceptedEvents(handleInstagramWebhook(signed(payload), secrets));
    expect(upserted(event).comment.isOwnAccount).toBe(true);
  });

  it.each([
    ['a mention', MENTION_DELIVERY],
    ['a Page delivery', JSON.parse(SIGNED_PAGE_BODY) as unknown],
  ])('ignores %s', (_case, payload) => {
    expect(handleInstagramWebhook(signed(payload), secrets).kind).toBe('ignored');
  });

  it('ignores (with 200) a correctly signed Page delivery sent to the Instagram callback', () => {
    const outcome = handleInstagramWebhook(
      webhookRequest({
        body: SIGNED_PAGE_BODY,
        headers: { 'x-hub-signature-256': SIGNED_PAGE_SIGNATURE },
      }),
      secrets,
    );
    expect(outcome).toEqual({ kind: 'ignored', reason: 'object page is not instagram' });
  });
});
