import { createHmac } from 'node:crypto';

import { type InboundWebhook } from '../connector.types';

/** An inbound webhook as the server's controller would hand it over. */
export function webhookRequest(options: {
  method?: 'GET' | 'POST';
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: string;
}): InboundWebhook {
  return {
    method: options.method ?? 'POST',
    path: '/webhooks/test',
    query: options.query ?? {},
    headers: options.headers ?? {},
    rawBody: Buffer.from(options.body ?? '', 'utf8'),
  };
}

/** Signs a body the way Meta does, for payloads that are not the documented vector. */
export function metaSignature(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}
