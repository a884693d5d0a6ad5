import {
  type ErrorClassification,
  type ErrorResponse,
  fieldOf,
  kindForStatus,
} from '../http/classify-http-status';
import { retryAfterFromHeaders } from '../http/rate-limit-headers';

// A closed or draft post refuses comments whoever asks: that is the request, not our rights.
const INVALID_403_CODES = new Set(['rest_comment_closed', 'rest_comment_draft_post']);

/**
 * Maps a WordPress REST error (`{"code":"rest_comment_invalid_id","data":{"status":404}}`) per
 * CHANNELS.md §7.3. `comment_flood` is `rate_limited` rather than `invalid`: the same reply is
 * accepted a few seconds later, and the scheduler retries only rate limits and transient
 * errors. Core WordPress has no rate limit; 429/503 come from a WAF or the host.
 *
 * @example classifyBlogError({ status: 401, body: { code: 'rest_not_logged_in' }, headers, now }).kind // 'auth_expired'
 */
export function classifyBlogError(response: ErrorResponse): ErrorClassification {
  const code = fieldOf(response.body, 'code');
  const message = fieldOf(response.body, 'message');
  const base = {
    ...(code === undefined ? {} : { platformCode: code }),
    ...(typeof message === 'string' ? { platformMessage: message } : {}),
  };
  let kind = kindForStatus(response.status);
  if (code === 'comment_flood') {
    kind = 'rate_limited';
  } else if (response.status === 403 && typeof code === 'string' && INVALID_403_CODES.has(code)) {
    kind = 'invalid';
  }
  const retryAfterMs =
    kind === 'rate_limited' || kind === 'transient'
      ? retryAfterFromHeaders(response.headers, response.now)
      : undefined;
  return { kind, ...base, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
}
