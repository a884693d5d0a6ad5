import { type ChannelErrorKind } from '../connector.types';
import { retryAfterFromHeaders } from './rate-limit-headers';

/** A failed response as a platform classifier sees it. */
export interface ErrorResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON when the body was JSON, else the text, else undefined. */
  body: unknown;
  now: Date;
}

export interface ErrorClassification {
  kind: ChannelErrorKind;
  platformCode?: string | number;
  platformMessage?: string;
  retryAfterMs?: number;
}

/** Turns a platform's error response into a `ChannelError` kind; one per platform family. */
export type ErrorClassifier = (response: ErrorResponse) => ErrorClassification;

/**
 * The classification every platform starts from, by HTTP status alone: 401 → auth_expired,
 * 403 → permission, 404/410 → not_found, 429 → rate_limited, other 4xx → invalid, 5xx →
 * transient. Platform classifiers refine it with their error codes.
 *
 * @example kindForStatus(429) // 'rate_limited'
 */
export function kindForStatus(status: number): ChannelErrorKind {
  if (status === 401) {
    return 'auth_expired';
  }
  if (status === 403) {
    return 'permission';
  }
  if (status === 404 || status === 410) {
    return 'not_found';
  }
  if (status === 429) {
    return 'rate_limited';
  }
  if (status >= 500) {
    return 'transient';
  }
  return 'invalid';
}

/**
 * Status-only classifier with the wait taken from `Retry-After` / `x-rate-limit-reset`; hosts
 * send those on 429 and on 503 maintenance pages alike.
 */
export function classifyHttpStatus(response: ErrorResponse): ErrorClassification {
  const kind = kindForStatus(response.status);
  const retryAfterMs =
    kind === 'rate_limited' || kind === 'transient'
      ? retryAfterFromHeaders(response.headers, response.now)
      : undefined;
  return retryAfterMs === undefined ? { kind } : { kind, retryAfterMs };
}

/** Reads a string or number field of an unknown JSON object. */
export function fieldOf(value: unknown, key: string): string | number | undefined {
  if (value === null || typeof value !== 'object') {
    return undefined;
  }
  const field = (value as Record<string, unknown>)[key];
  return typeof field === 'string' || typeof field === 'number' ? field : undefined;
}
