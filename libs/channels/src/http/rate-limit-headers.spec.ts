import { testNow } from '../testing/local-platform-server';
import {
  rateLimitFromHeaders,
  retryAfterFromHeaders,
  retryAfterFromMetaUsage,
} from './rate-limit-headers';

describe('retryAfterFromHeaders', () => {
  it.each([
    ['Retry-After in seconds', { 'retry-after': '120' }, 120_000],
    ['Retry-After as an HTTP date', { 'retry-after': 'Thu, 01 Jan 2026 17:02:00 GMT' }, 120_000],
    ['Retry-After date in the past', { 'retry-after': 'Thu, 01 Jan 2026 16:00:00 GMT' }, 0],
    [
      'x-rate-limit-reset in Unix seconds',
      { 'x-rate-limit-reset': String(1767286800 + 90) },
      90_000,
    ],
    [
      'Retry-After wins over x-rate-limit-reset',
      { 'retry-after': '5', 'x-rate-limit-reset': '1767290000' },
      5_000,
    ],
    ['an unreadable value', { 'retry-after': 'soon' }, undefined],
    ['no hint', {}, undefined],
  ])('%s', (_case, headers, expected) => {
    expect(retryAfterFromHeaders(new Headers(headers), testNow())).toBe(expected);
  });
});

describe('rateLimitFromHeaders', () => {
  it('reads X remaining budget and reset time', () => {
    const headers = new Headers({
      'x-rate-limit-remaining': '0',
      'x-rate-limit-reset': '1767283500',
    });
    expect(rateLimitFromHeaders(headers)).toEqual({
      remaining: 0,
      resetAt: '2026-01-01T16:05:00.000Z',
    });
  });

  it('is undefined without rate-limit headers', () => {
    expect(rateLimitFromHeaders(new Headers())).toBeUndefined();
  });
});

describe('retryAfterFromMetaUsage', () => {
  it.each([
    [
      'the longest estimated wait, in minutes',
      '{"1":[{"estimated_time_to_regain_access":3},{"estimated_time_to_regain_access":10}]}',
      600_000,
    ],
    ['zero minutes', '{"1":[{"call_count":100,"estimated_time_to_regain_access":0}]}', undefined],
    ['not JSON', 'oops', undefined],
  ])('%s', (_case, header, expected) => {
    expect(retryAfterFromMetaUsage(new Headers({ 'x-business-use-case-usage': header }))).toBe(
      expected,
    );
  });
});
