import { timingSafeEqual } from 'node:crypto';

/**
 * Constant-time string comparison for signatures and verify tokens: `timingSafeEqual` on the
 * UTF-8 bytes, and false when the lengths differ (it throws on unequal lengths, and the length
 * of an expected HMAC is public anyway).
 *
 * @example safeEqual('sha256=ab', 'sha256=ab') // true
 */
export function safeEqual(actual: string, expected: string): boolean {
  const actualBytes = Buffer.from(actual, 'utf8');
  const expectedBytes = Buffer.from(expected, 'utf8');
  return actualBytes.length === expectedBytes.length && timingSafeEqual(actualBytes, expectedBytes);
}
