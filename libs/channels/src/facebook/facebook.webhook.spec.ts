import { acceptedEvents, upserted } from '../testing/outcome-helpers';
import { metaSignature, webhookRequest } from '../testing/webhook-request';
import {
  COMMENT_ID,
  EDITED_DELIVERY,
  PAGE_ID,
  POST_ID,
  REACTION_DELIVERY,
  REMOVED_DELIVERY,
  REPLY_DELIVERY,
  SIGNED_PAGE_BODY,
  SIGNED_PAGE_SIGNATURE,
  TEST_APP_SECRET,
} from './facebook.fixtures';
import { handleFacebookWebhook } from './facebook.webhook';

const secrets = { appSecret: TEST_APP_SECRET, verifyToken: 'bedside-verify-7f3c' };

function signed(payload: unknown) {
  const body = JSON.stringify(payload);
  return webhookRequest({
    body,
    headers: { 'x-hub-signature-256': metaSignature(body, TEST_APP_SECRET) },
  });
}

describe('handleFacebookWebhook', () => {
  describe('GET verification handshake', () => {
    it('echoes hub.challenge verbatim as plain text when the verify token matches', () => {
      const outcome = handleFacebookWebhook(
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
      [
        'a wrong token',
        { 'hub.mode': 'subscribe', 'hub.challenge': '1', 'hub.verify_token': 'guess' },
      ],
      [
        'a token of another length',
        { 'hub.mode': 'subscribe', 'hub.challenge': '1', 'hub.verify_token': 'x' },
      ],
      ['no token', { 'hub.mode': 'subscribe', 'hub.challenge': '1' }],
      [
        'another mode',
        {
          'hub.mode': 'unsubscribe',
          'hub.challenge': '1',
          'hub.verify_token': 'bedside-verify-7f3c',
        },
      ],
    ])('refuses %s with 403', (_case, query) => {
      const outcome = handleFacebookWebhook(webhookRequest({ method: 'GET', query }), secrets);
      expect(outcome).toMatchObject({ kind: 'rejected', status: 403 });
    });

    it('refuses every handshake when no verify token is configured', () => {
      const outcome = handleFacebookWebhook(
        webhookRequest({
          method: 'GET',
          query: { 'hub.mode': 'subscribe', 'hub.challenge': '1', 'hub.verify_token': '' },
        }),
        { appSecret: TEST_APP_SECRET },
      );
      expect(outcome).toMatchObject({ kind: 'rejected', status: 403 });
    });
  });

  describe('POST signature', () => {
    it('accepts the documented test vector (409 bytes, app secret test_app_secret)', () => {
      expect(Buffer.byteLength(SIGNED_PAGE_BODY)).toBe(409);
      const outcome = handleFacebookWebhook(
        webhookRequest({
          body: SIGNED_PAGE_BODY,
          headers: { 'x-hub-signature-256': SIGNED_PAGE_SIGNATURE },
        }),
        secrets,
      );
      expect(outcome.kind).toBe('accepted');
    });

    it.each([
      ['missing', {}],
      ['forged', { 'x-hub-signature-256': `sha256=${'0'.repeat(64)}` }],
      ['truncated', { 'x-hub-signature-256': SIGNED_PAGE_SIGNATURE.slice(0, 20) }],
      ['sha1 only', { 'x-hub-signature': 'sha1=0123456789abcdef0123456789abcdef01234567' }],
      [
        'signed with another secret',
        { 'x-hub-signature-256': metaSignature(SIGNED_PAGE_BODY, 'other_secret') },
      ],
    ])('rejects a %s signature with 401', (_case, headers) => {
      const outcome = handleFacebookWebhook(
        webhookRequest({ body: SIGNED_PAGE_BODY, headers }),
        secrets,
      );
      expect(outcome).toMatchObject({ kind: 'rejected', status: 401 });
    });

    it('rejects the vector signature once the body is re-serialised (whitespace changes the bytes)', () => {
      const reformatted = JSON.stringify(JSON.parse(SIGNED_PAGE_BODY), null, 1);
      const outcome = handleFacebookWebhook(
        webhookRequest({
          body: reformatted,
          headers: { 'x-hub-signature-256': SIGNED_PAGE_SIGNATURE },
        }),
        secrets,
      );
      expect(outcome).toMatchObject({ kind: 'rejected', status: 401 });
    });

    it('rejects deliveries when no app secret is configured', () => {
      const outcome = handleFacebookWebhook(
        webhookRequest({
          body: SIGNED_PAGE_BODY,
          headers: { 'x-hub-signature-256': SIGNED_PAGE_SIGNATURE },
        }),
        { verifyToken: 'bedside-verify-7f3c' },
      );
      expect(outcome).toMatchObject({ kind: 'rejected', status: 401 });
    });

    it('rejects a signed body that is not JSON with 400', () => {
      const body = 'not json';
      const outcome = handleFacebookWebhook(
        webhookRequest({
          body,
          headers: { 'x-hub-signature-256': metaSignature(body, TEST_APP_SECRET) },
        }),
        secrets,
      );
      expect(outcome).toMatchObject({ kind: 'rejected', status: 400 });
    });
  });

  describe('feed comment changes', () => {
    it('maps a new top-level comment to an upsert for the Page in entry.id', () => {
      const outcome = handleFacebookWebhook(
        webhookRequest({
          body: SIGNED_PAGE_BODY,
          headers: { 'x-hub-signature-256': SIGNED_PAGE_SIGNATURE },
        }),
        secrets,
      );
      expect(outcome).toEqual({
        kind: 'accepted',
        events: [
          {
            accountRef: PAGE_ID,
            event: {
              type: 'upsert',
              version: expect.stringMatching(/^2026-01-01T16:00:00\.000Z#[0-9a-f]{64}$/) as unknown,
              comment: expect.objectContaining({
                channel: 'facebook',
                accountRef: PAGE_ID,
                externalId: COMMENT_ID,
                dedupeKey: `facebook:${PAGE_ID}:${COMMENT_ID}`,
                threadRootId: POST_ID,
                author: { externalId: '7712345678901234', displayName: 'Jordan Lee' },
                text: 'Thank you to the night nurses on 4 West!',
                createdAt: '2026-01-01T16:00:00.000Z',
                visibility: 'visible',
                isOwnAccount: false,
              }) as unknown,
            },
          },
        ],
      });
    });

    it('leaves parentExternalId unset for a top-level comment and sets it for a reply', () => {
      const topLevel = handleFacebookWebhook(
        webhookRequest({
          body: SIGNED_PAGE_BODY,
          headers: { 'x-hub-signature-256': SIGNED_PAGE_SIGNATURE },
        }),
        secrets,
      );
      const reply = handleFacebookWebhook(signed(REPLY_DELIVERY), secrets);
      expect(upserted(acceptedEvents(topLevel)[0]).comment).not.toHaveProperty('parentExternalId');
      expect(reply).toMatchObject({
        events: [{ event: { comment: { parentExternalId: COMMENT_ID, threadRootId: POST_ID } } }],
      });
    });

    it('maps an edit to an upsert with a newer version and a different content hash', () => {
      const added = upserted(
        acceptedEvents(
          handleFacebookWebhook(
            webhookRequest({
              body: SIGNED_PAGE_BODY,
              headers: { 'x-hub-signature-256': SIGNED_PAGE_SIGNATURE },
            }),
            secrets,
          ),
        )[0],
      );
      const edited = upserted(
        acceptedEvents(handleFacebookWebhook(signed(EDITED_DELIVERY), secrets))[0],
      );
      expect(edited.comment).toMatchObject({
        dedupeKey: added.comment.dedupeKey,
        text: 'Thank you to the night nurses on 4 West and the ED team!',
        updatedAt: '2026-01-01T16:19:55.000Z',
      });
      expect(edited.version > added.version).toBe(true);
      expect(edited.comment.contentHash).not.toBe(added.comment.contentHash);
    });

    it('treats the "edit" verb spelling like "edited"', () => {
      const payload = structuredClone(EDITED_DELIVERY);
      payload.entry[0].changes[0].value.verb = 'edit';
      const outcome = handleFacebookWebhook(signed(payload), secrets);
      expect(outcome).toMatchObject({ kind: 'accepted', events: [{ event: { type: 'upsert' } }] });
    });

    it('maps a removal to a tombstone with the removal time', () => {
      const outcome = handleFacebookWebhook(signed(REMOVED_DELIVERY), secrets);
      expect(outcome).toEqual({
        kind: 'accepted',
        events: [
          {
            accountRef: PAGE_ID,
            event: {
              type: 'deleted',
              dedupeKey: `facebook:${PAGE_ID}:${COMMENT_ID}`,
              at: '2026-01-01T16:29:50.000Z',
            },
          },
        ],
      });
    });

    it.each([
      ['hide', 'hidden'],
      ['unhide', 'visible'],
    ])('maps the %s verb to a visibility change', (verb, visibility) => {
      const payload = structuredClone(REMOVED_DELIVERY);
      payload.entry[0].changes[0].value.verb = verb;
      const outcome = handleFacebookWebhook(signed(payload), secrets);
      expect(outcome).toMatchObject({
        kind: 'accepted',
        events: [{ event: { type: 'visibility', visibility } }],
      });
    });

    it('reads numeric ids as strings and ignores a message that is not text', () => {
      const payload = structuredClone(REPLY_DELIVERY) as {
        entry: Array<{ changes: Array<{ value: Record<string, unknown> }> }>;
      };
      payload.entry[0].changes[0].value.from = { id: 5566778899001122, name: 'Sam Rivera' };
      payload.entry[0].changes[0].value.message = { text: 'not a string' };
      const { comment } = upserted(
        acceptedEvents(handleFacebookWebhook(signed(payload), secrets))[0],
      );
      expect(comment).toMatchObject({ author: { externalId: '5566778899001122' }, text: '' });
    });

    it('marks a comment written by the Page itself as its own', () => {
      const payload = structuredClone(REPLY_DELIVERY);
      payload.entry[0].changes[0].value.from = { id: PAGE_ID, name: 'City General' };
      const outcome = handleFacebookWebhook(signed(payload), secrets);
      expect(outcome).toMatchObject({ events: [{ event: { comment: { isOwnAccount: true } } }] });
    });

    it.each([
      ['a reaction', REACTION_DELIVERY],
      ['an Instagram delivery', { object: 'instagram', entry: [] }],
      [
        'another field',
        {
          object: 'page',
          entry: [{ id: PAGE_ID, time: 1, changes: [{ field: 'ratings', value: {} }] }],
        },
      ],
      [
        'an unknown verb',
        {
          object: 'page',
          entry: [
            {
              id: PAGE_ID,
              time: 1,
              changes: [
                { field: 'feed', value: { item: 'comment', verb: 'pin', comment_id: COMMENT_ID } },
              ],
            },
          ],
        },
      ],
    ])('ignores %s (still answered 200)', (_case, payload) => {
      const outcome = handleFacebookWebhook(signed(payload), secrets);
      expect(outcome.kind).toBe('ignored');
    });

    it('keeps the events of a batch when some of its changes are ignored', () => {
      const payload = {
        object: 'page',
        entry: [...REACTION_DELIVERY.entry, ...REPLY_DELIVERY.entry, ...REMOVED_DELIVERY.entry],
      };
      const outcome = handleFacebookWebhook(signed(payload), secrets);
      expect(outcome).toMatchObject({
        kind: 'accepted',
        events: [{ event: { type: 'upsert' } }, { event: { type: 'deleted' } }],
      });
    });
  });
});
