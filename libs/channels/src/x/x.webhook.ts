import { createHmac } from 'node:crypto';

import { type InboundWebhook, type WebhookOutcome, type WebhookSecrets } from '../connector.types';
import { safeEqual } from '../shared/safe-equal';

/** `sha256=<base64 HMAC-SHA256(consumer secret, message)>`, X's form for CRC and signatures. */
export function signForX(message: Buffer | string, consumerSecret: string): string {
  return `sha256=${createHmac('sha256', consumerSecret).update(message).digest('base64')}`;
}

/**
 * X webhooks (Account Activity / X Activity API): answers the CRC challenge
 * (`GET ?crc_token=…` → `{"response_token":"sha256=…"}`) so a registration stays valid, and
 * verifies `x-twitter-webhooks-signature` on deliveries. Event bodies are not parsed: their
 * shape depends on the customer's X plan and CHANNELS.md documents polling as the baseline, so
 * a verified delivery is `ignored` and mentions arrive through `fetchSince`.
 *
 * @example handleXWebhook({ method: 'GET', query: { crc_token: '9b45…' }, … }, { appSecret: 'test_consumer_secret' })
 */
export function handleXWebhook(request: InboundWebhook, secrets: WebhookSecrets): WebhookOutcome {
  if (!secrets.appSecret) {
    return { kind: 'rejected', status: 403, reason: 'consumer secret is not configured' };
  }
  if (request.method === 'GET') {
    const token = request.query.crc_token;
    if (!token) {
      return { kind: 'rejected', status: 400, reason: 'missing crc_token' };
    }
    return {
      kind: 'challenge',
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ response_token: signForX(token, secrets.appSecret) }),
    };
  }
  const signature = request.headers['x-twitter-webhooks-signature'];
  if (!signature || !safeEqual(signature, signForX(request.rawBody, secrets.appSecret))) {
    return {
      kind: 'rejected',
      status: 401,
      reason: 'missing or invalid x-twitter-webhooks-signature',
    };
  }
  return { kind: 'ignored', reason: 'x deliveries are read by polling mentions' };
}
