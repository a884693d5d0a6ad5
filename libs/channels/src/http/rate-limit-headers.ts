/**
 * Reads how long a platform asked us to wait. `Retry-After` is seconds or an HTTP date (RFC 9110);
 * X sends no `Retry-After` but `x-rate-limit-reset` in Unix seconds. Returns undefined when the
 * response gives no hint, so the scheduler falls back to exponential backoff.
 *
 * @example retryAfterFromHeaders(new Headers({ 'retry-after': '120' }), now) // 120_000
 */
export function retryAfterFromHeaders(headers: Headers, now: Date): number | undefined {
  const retryAfter = headers.get('retry-after')?.trim();
  if (retryAfter) {
    if (/^\d+$/.test(retryAfter)) {
      return Number(retryAfter) * 1000;
    }
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) {
      return Math.max(0, date - now.getTime());
    }
  }
  const resetAt = resetEpochMs(headers);
  return resetAt === undefined ? undefined : Math.max(0, resetAt - now.getTime());
}

/**
 * The remaining-calls budget X reports on every response (`x-rate-limit-remaining`,
 * `x-rate-limit-reset`), so the scheduler can slow down before it hits 429.
 */
export function rateLimitFromHeaders(
  headers: Headers,
): { remaining?: number; resetAt?: string } | undefined {
  const remainingHeader = headers.get('x-rate-limit-remaining');
  const remaining = remainingHeader === null ? undefined : Number(remainingHeader);
  const resetAt = resetEpochMs(headers);
  if ((remaining === undefined || Number.isNaN(remaining)) && resetAt === undefined) {
    return undefined;
  }
  return {
    ...(remaining !== undefined && !Number.isNaN(remaining) ? { remaining } : {}),
    ...(resetAt !== undefined ? { resetAt: new Date(resetAt).toISOString() } : {}),
  };
}

function resetEpochMs(headers: Headers): number | undefined {
  const reset = headers.get('x-rate-limit-reset')?.trim();
  return reset && /^\d+$/.test(reset) ? Number(reset) * 1000 : undefined;
}

/**
 * Meta's Business Use Case throttling gives no `Retry-After`; the `X-Business-Use-Case-Usage`
 * header (JSON keyed by business id) carries `estimated_time_to_regain_access` in minutes.
 * The longest wait wins because one throttled use case blocks the calls we need.
 *
 * @example retryAfterFromMetaUsage(new Headers({ 'x-business-use-case-usage': '{"1":[{"estimated_time_to_regain_access":5}]}' })) // 300_000
 */
export function retryAfterFromMetaUsage(headers: Headers): number | undefined {
  const header = headers.get('x-business-use-case-usage');
  if (!header) {
    return undefined;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(header);
  } catch {
    return undefined;
  }
  if (parsed === null || typeof parsed !== 'object') {
    return undefined;
  }
  let minutes = 0;
  for (const usages of Object.values(parsed as Record<string, unknown>)) {
    for (const usage of Array.isArray(usages) ? (usages as unknown[]) : []) {
      const value = (usage as { estimated_time_to_regain_access?: unknown } | null)
        ?.estimated_time_to_regain_access;
      if (typeof value === 'number' && value > minutes) {
        minutes = value;
      }
    }
  }
  return minutes > 0 ? minutes * 60_000 : undefined;
}
