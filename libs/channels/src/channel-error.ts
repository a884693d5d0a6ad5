import { type ChannelErrorKind } from './connector.types';

export interface ChannelErrorOptions {
  /** How long the platform asked us to wait, from its headers or quota rules. */
  retryAfterMs?: number;
  /** The platform's own error code (`190`, `quotaExceeded`, `rest_comment_invalid_id`). */
  platformCode?: string | number;
  /** HTTP status, when the error came from a response. */
  status?: number;
  /** The platform's explanation, shortened and with the request's secrets removed. */
  platformMessage?: string;
  cause?: unknown;
}

/**
 * The only error connectors throw. The scheduler maps `rate_limited` to a delayed retry using
 * `retryAfterMs`, `auth_expired` to "account needs reconnection", `transient` to backoff, and
 * never retries `invalid`/`policy` automatically. Messages name the platform, the call and the
 * code, never credentials or comment text.
 *
 * @example new ChannelError('rate_limited', 'x: HTTP 429 on GET /users/1/mentions', { retryAfterMs: 60_000 })
 */
export class ChannelError extends Error {
  override readonly name = 'ChannelError';

  constructor(
    public readonly kind: ChannelErrorKind,
    message: string,
    public readonly opts: ChannelErrorOptions = {},
  ) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
  }

  get retryAfterMs(): number | undefined {
    return this.opts.retryAfterMs;
  }

  get platformCode(): string | number | undefined {
    return this.opts.platformCode;
  }

  get status(): number | undefined {
    return this.opts.status;
  }
}

export function isChannelError(error: unknown): error is ChannelError {
  return error instanceof ChannelError;
}
