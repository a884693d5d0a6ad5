/** Attempts per delivery before it is marked failed: about an hour of retries with the delays below. */
export const MAX_DELIVERY_ATTEMPTS = 10;

const FIRST_RETRY_MS = 15_000;
const LONGEST_RETRY_MS = 15 * 60_000;

/**
 * How long to wait before the next attempt after `attempts` failed ones: 15 s, 30 s, 1 min, 2 min…
 * doubling up to 15 min, so a receiver that is down for a moment hears about the alert quickly
 * and one that is down for long is not hammered.
 *
 * @example retryDelayMs(1) // -> 15000
 */
export function retryDelayMs(attempts: number): number {
  const exponent = Math.max(0, attempts - 1);
  return Math.min(FIRST_RETRY_MS * 2 ** exponent, LONGEST_RETRY_MS);
}

/** What happened to a delivery after one more failed attempt. */
export function afterFailure(
  attempts: number,
  now: Date,
): { status: 'pending'; nextAttemptAt: Date } | { status: 'failed' } {
  if (attempts >= MAX_DELIVERY_ATTEMPTS) {
    return { status: 'failed' };
  }
  return { status: 'pending', nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) };
}

/** A delivery attempt that failed, with a reason that is safe to store and log. */
export class DeliveryError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'DeliveryError';
  }
}

/**
 * A short reason for a failed attempt, from codes only: `timeout`, `HTTP 500`,
 * `ECONNREFUSED`, `SMTP 550`. Messages from remote servers are never kept; they can echo
 * addresses or anything else the receiver chose to say.
 */
export function describeFailure(error: unknown): string {
  if (error instanceof DeliveryError) {
    return error.reason.slice(0, 200);
  }
  // By name: fetch's timeout is a DOMException, which is not an Error in every realm.
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return 'timeout';
  }
  const codes: string[] = [];
  for (let current: unknown = error, depth = 0; current && depth < 3; depth += 1) {
    const { code, responseCode } = current as { code?: unknown; responseCode?: unknown };
    if (typeof code === 'string' && /^[A-Z_]{2,40}$/.test(code)) {
      codes.push(code);
    }
    if (typeof responseCode === 'number') {
      codes.push(`SMTP ${responseCode}`);
    }
    current = (current as { cause?: unknown }).cause;
  }
  return codes.length > 0 ? [...new Set(codes)].join(' ') : 'unknown error';
}
