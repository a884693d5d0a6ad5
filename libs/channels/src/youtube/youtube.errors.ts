import {
  type ErrorClassification,
  type ErrorResponse,
  fieldOf,
  kindForStatus,
} from '../http/classify-http-status';
import { retryAfterFromHeaders } from '../http/rate-limit-headers';

const DAY_MS = 86_400_000;

/**
 * Maps a YouTube Data API error (`{"error":{"code":403,"errors":[{"reason":"quotaExceeded"}]}}`)
 * per CHANNELS.md §5.3. The daily quota resets at midnight Pacific Time, so `quotaExceeded`
 * waits until then; `commentsDisabled` is `invalid` because retrying cannot help.
 *
 * @example classifyYouTubeError({ status: 403, body: { error: { errors: [{ reason: 'commentsDisabled' }] } }, headers, now }).kind // 'invalid'
 */
export function classifyYouTubeError(response: ErrorResponse): ErrorClassification {
  const error = (response.body as { error?: unknown } | undefined)?.error;
  const details = (error as { errors?: unknown } | undefined)?.errors;
  const reason = Array.isArray(details) ? fieldOf(details[0], 'reason') : undefined;
  const message = fieldOf(error, 'message');
  const base = {
    ...(reason === undefined ? {} : { platformCode: reason }),
    ...(typeof message === 'string' ? { platformMessage: message } : {}),
  };
  switch (reason) {
    case 'quotaExceeded':
      return { kind: 'rate_limited', ...base, retryAfterMs: msUntilPacificMidnight(response.now) };
    case 'rateLimitExceeded':
    case 'userRateLimitExceeded': {
      const retryAfterMs = retryAfterFromHeaders(response.headers, response.now);
      return {
        kind: 'rate_limited',
        ...base,
        ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      };
    }
    case 'commentsDisabled':
    case 'processingFailure':
    case 'invalidCommentMetadata':
      return { kind: 'invalid', ...base };
    case 'forbidden':
    case 'insufficientPermissions':
      return { kind: 'permission', ...base };
    case 'commentNotFound':
    case 'videoNotFound':
      return { kind: 'not_found', ...base };
    default: {
      const kind = kindForStatus(response.status);
      const retryAfterMs =
        kind === 'rate_limited' || kind === 'transient'
          ? retryAfterFromHeaders(response.headers, response.now)
          : undefined;
      return { kind, ...base, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
    }
  }
}

/** Milliseconds until the next midnight in America/Los_Angeles (DST handled by Intl). */
export function msUntilPacificMidnight(now: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: 'America/Los_Angeles',
    hourCycle: 'h23',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(now);
  const part = (type: string): number =>
    Number(parts.find((item) => item.type === type)?.value ?? 0);
  const elapsed =
    ((part('hour') % 24) * 3600 + part('minute') * 60 + part('second')) * 1000 +
    now.getUTCMilliseconds();
  return DAY_MS - elapsed;
}
