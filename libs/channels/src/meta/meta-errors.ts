import {
  classifyHttpStatus,
  type ErrorClassification,
  type ErrorResponse,
  fieldOf,
  kindForStatus,
} from '../http/classify-http-status';
import { retryAfterFromHeaders, retryAfterFromMetaUsage } from '../http/rate-limit-headers';

// 4 app, 17 user, 32 Page, 613 custom; 80001 (Pages) and 80002 (Instagram) are Business Use
// Case limits, and the rest of the 8000x range are BUC limits of other products.
const RATE_LIMIT_CODES = new Set([4, 17, 32, 613]);
const OBJECT_MISSING_SUBCODE = 33;

/**
 * Maps a Graph API error body (`{"error":{"code":190,"error_subcode":463,…}}`) to a
 * `ChannelError` kind per CHANNELS.md §1.5, falling back to the HTTP status when the body is not
 * a Graph error. Rate limits take their wait from `X-Business-Use-Case-Usage`, else `Retry-After`.
 *
 * @example classifyMetaError({ status: 400, body: { error: { code: 190, error_subcode: 463 } }, headers, now }).kind // 'auth_expired'
 */
export function classifyMetaError(response: ErrorResponse): ErrorClassification {
  const error = (response.body as { error?: unknown } | undefined)?.error;
  const code = fieldOf(error, 'code');
  if (typeof code !== 'number') {
    return classifyHttpStatus(response);
  }
  const subcode = fieldOf(error, 'error_subcode');
  const message = fieldOf(error, 'message');
  const base = {
    platformCode: subcode === undefined ? code : `${code}/${subcode}`,
    ...(typeof message === 'string' ? { platformMessage: message } : {}),
  };
  if (code === 190) {
    return { kind: 'auth_expired', ...base };
  }
  if (code === 10 || (code >= 200 && code <= 299)) {
    return { kind: 'permission', ...base };
  }
  if (RATE_LIMIT_CODES.has(code) || (code >= 80000 && code <= 80099)) {
    const retryAfterMs =
      retryAfterFromMetaUsage(response.headers) ??
      retryAfterFromHeaders(response.headers, response.now);
    return {
      kind: 'rate_limited',
      ...base,
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    };
  }
  if (code === 368) {
    return { kind: 'policy', ...base };
  }
  if (code === 100) {
    const isMissing =
      subcode === OBJECT_MISSING_SUBCODE ||
      (typeof message === 'string' && /does not exist/i.test(message));
    return { kind: isMissing ? 'not_found' : 'invalid', ...base };
  }
  if (code === 1 || code === 2) {
    return { kind: 'transient', ...base };
  }
  return { kind: kindForStatus(response.status), ...base };
}
