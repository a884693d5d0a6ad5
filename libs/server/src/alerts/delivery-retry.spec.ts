import {
  afterFailure,
  DeliveryError,
  describeFailure,
  MAX_DELIVERY_ATTEMPTS,
  retryDelayMs,
} from './delivery-retry';

describe('retryDelayMs', () => {
  it.each([
    [0, 15_000],
    [1, 15_000],
    [2, 30_000],
    [3, 60_000],
    [4, 120_000],
    [6, 480_000],
    [7, 900_000],
    [9, 900_000],
    [40, 900_000],
  ])('after %i failed attempt(s) waits %i ms', (attempts, delay) => {
    expect(retryDelayMs(attempts)).toBe(delay);
  });
});

describe('afterFailure', () => {
  const now = new Date('2026-11-23T12:00:00.000Z');

  it('schedules a retry after the backoff delay', () => {
    expect(afterFailure(2, now)).toEqual({
      status: 'pending',
      nextAttemptAt: new Date('2026-11-23T12:00:30.000Z'),
    });
  });

  it(`gives up after ${MAX_DELIVERY_ATTEMPTS} attempts`, () => {
    expect(afterFailure(MAX_DELIVERY_ATTEMPTS - 1, now).status).toBe('pending');
    expect(afterFailure(MAX_DELIVERY_ATTEMPTS, now)).toEqual({ status: 'failed' });
  });
});

describe('describeFailure', () => {
  const withCode = (message: string, fields: Record<string, unknown>): Error =>
    Object.assign(new Error(message), fields);

  it.each([
    ['an HTTP status', new DeliveryError('HTTP 500'), 'HTTP 500'],
    ['a timeout', new DOMException('The operation was aborted', 'TimeoutError'), 'timeout'],
    [
      'a refused connection (fetch hides it in the cause)',
      new TypeError('fetch failed', {
        cause: withCode('connect ECONNREFUSED 10.0.0.1:443', { code: 'ECONNREFUSED' }),
      }),
      'ECONNREFUSED',
    ],
    [
      'an SMTP refusal, without the server’s words',
      withCode('Can\u2019t send mail - all recipients were rejected: 550 <pat@example.org>', {
        code: 'EENVELOPE',
        responseCode: 550,
      }),
      'EENVELOPE SMTP 550',
    ],
    ['anything else', new Error('secret stuff'), 'unknown error'],
    ['a thrown string', 'oops', 'unknown error'],
  ])('reports %s by code only', (_, error, reason) => {
    expect(describeFailure(error)).toBe(reason);
  });
});
