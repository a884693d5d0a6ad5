import {
  type ErrorClassification,
  type ErrorResponse,
  fieldOf,
  kindForStatus,
} from '../http/classify-http-status';
import { retryAfterFromHeaders } from '../http/rate-limit-headers';

/**
 * Maps an X API v2 error (problem JSON `{title, detail, type, status}`) per CHANNELS.md §4.4.
 * 429 waits until `x-rate-limit-reset` (X sends no `Retry-After`); a 403 for duplicate content
 * is `invalid` (retrying cannot help), a suspended account is `policy`, other 403s `permission`.
 *
 * @example classifyXError({ status: 429, headers: new Headers({ 'x-rate-limit-reset': '1767283500' }), body, now }).retryAfterMs
 */
export function classifyXError(response: ErrorResponse): ErrorClassification {
  const detail = fieldOf(response.body, 'detail') ?? fieldOf(response.body, 'title');
  const type = fieldOf(response.body, 'type');
  const base = {
    ...(typeof type === 'string' ? { platformCode: type.split('/').pop() ?? type } : {}),
    ...(typeof detail === 'string' ? { platformMessage: detail } : {}),
  };
  const kind = kindForStatus(response.status);
  if (kind === 'rate_limited' || kind === 'transient') {
    const retryAfterMs = retryAfterFromHeaders(response.headers, response.now);
    return { kind, ...base, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
  }
  if (response.status === 403 && typeof detail === 'string') {
    if (/duplicate/i.test(detail)) {
      return { kind: 'invalid', ...base };
    }
    if (/suspended/i.test(detail)) {
      return { kind: 'policy', ...base };
    }
  }
  return { kind, ...base };
}
