import {
  type ErrorClassification,
  type ErrorResponse,
  fieldOf,
  kindForStatus,
} from '../http/classify-http-status';
import { retryAfterFromHeaders } from '../http/rate-limit-headers';

/**
 * Maps a Business Profile error (`{"error":{"code":404,"status":"NOT_FOUND",…}}`) per
 * CHANNELS.md §6.4; the HTTP status decides, the Google status string is kept as the code.
 * `RESOURCE_EXHAUSTED` carries no reset hint, so unless a `Retry-After` came with it the
 * scheduler backs off exponentially.
 *
 * @example classifyGoogleReviewError({ status: 429, body: { error: { status: 'RESOURCE_EXHAUSTED' } }, headers, now }).kind // 'rate_limited'
 */
export function classifyGoogleReviewError(response: ErrorResponse): ErrorClassification {
  const error = (response.body as { error?: unknown } | undefined)?.error;
  const status = fieldOf(error, 'status');
  const message = fieldOf(error, 'message');
  const kind = status === 'RESOURCE_EXHAUSTED' ? 'rate_limited' : kindForStatus(response.status);
  const retryAfterMs =
    kind === 'rate_limited' || kind === 'transient'
      ? retryAfterFromHeaders(response.headers, response.now)
      : undefined;
  return {
    kind,
    ...(status === undefined ? {} : { platformCode: status }),
    ...(typeof message === 'string' ? { platformMessage: message } : {}),
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  };
}
