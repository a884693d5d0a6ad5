import { createHmac } from 'node:crypto';

import { safeEqual } from '../shared/safe-equal';

/**
 * Checks `X-Hub-Signature-256: sha256=<hex>`: lower-case hex HMAC-SHA256 of the raw body bytes,
 * keyed with the app secret. Hex is compared lower-cased because some proxies upper-case it.
 *
 * @example isValidMetaSignature(rawBody, 'sha256=89ebf13a…', 'test_app_secret') // true for the CHANNELS.md vector
 */
export function isValidMetaSignature(
  rawBody: Buffer,
  header: string | undefined,
  appSecret: string,
): boolean {
  if (!header?.startsWith('sha256=')) {
    return false;
  }
  const expected = createHmac('sha256', appSecret).update(rawBody).digest('hex');
  return safeEqual(header.slice('sha256='.length).toLowerCase(), expected);
}
