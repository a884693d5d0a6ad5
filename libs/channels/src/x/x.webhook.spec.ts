import { webhookRequest } from '../testing/webhook-request';
import { CRC_RESPONSE_TOKEN, CRC_TOKEN, TEST_CONSUMER_SECRET } from './x.fixtures';
import { handleXWebhook, signForX } from './x.webhook';

const secrets = { appSecret: TEST_CONSUMER_SECRET };

describe('handleXWebhook', () => {
  it('answers the documented CRC test vector', () => {
    const outcome = handleXWebhook(
      webhookRequest({ method: 'GET', query: { crc_token: CRC_TOKEN } }),
      secrets,
    );
    expect(outcome).toEqual({
      kind: 'challenge',
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ response_token: CRC_RESPONSE_TOKEN }),
    });
  });

  it('refuses a CRC without a token', () => {
    const outcome = handleXWebhook(webhookRequest({ method: 'GET' }), secrets);
    expect(outcome).toMatchObject({ kind: 'rejected', status: 400 });
  });

  it('refuses everything when no consumer secret is configured', () => {
    const outcome = handleXWebhook(
      webhookRequest({ method: 'GET', query: { crc_token: CRC_TOKEN } }),
      {},
    );
    expect(outcome).toMatchObject({ kind: 'rejected', status: 403 });
  });

  it('verifies x-twitter-webhooks-signature over the raw body and leaves events to polling', () => {
    const body = '{"for_user_id":"1400000000000000001","tweet_create_events":[]}';
    const outcome = handleXWebhook(
      webhookRequest({
        body,
        headers: { 'x-twitter-webhooks-signature': signForX(body, TEST_CONSUMER_SECRET) },
      }),
      secrets,
    );
    expect(outcome.kind).toBe('ignored');
  });

  it.each([
    ['missing', {}],
    [
      'forged',
      { 'x-twitter-webhooks-signature': 'sha256=AAAAKk8Lb/xknGTsWAwtIJOVa/CWzSjoHKtDI6P4oo=' },
    ],
    ['signed with another secret', { 'x-twitter-webhooks-signature': signForX('{}', 'other') }],
  ])('rejects a %s signature with 401', (_case, headers) => {
    const outcome = handleXWebhook(webhookRequest({ body: '{}', headers }), secrets);
    expect(outcome).toMatchObject({ kind: 'rejected', status: 401 });
  });
});
