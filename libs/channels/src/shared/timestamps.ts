import { parseTimestamp } from '@bedside/domain';

/**
 * Normalises a platform timestamp to ISO 8601 UTC: Unix seconds (Meta webhooks), `+0000`
 * offsets (Graph API), `Z` strings (X, YouTube, Google) and zone-less GMT strings (WordPress
 * `date_gmt`, read as UTC). Returns undefined when the value is missing or unreadable.
 *
 * @example toIsoUtc('2026-01-01T16:00:00+0000') // '2026-01-01T16:00:00.000Z'
 * @example toIsoUtc(1767283200) // '2026-01-01T16:00:00.000Z'
 */
export function toIsoUtc(value: unknown): string | undefined {
  const date = typeof value === 'number' ? parseTimestamp(value * 1000) : parseTimestamp(value);
  return date?.toISOString();
}

/** `iso` moved back by `ms`, for overlapping poll windows. */
export function minusMs(iso: string, ms: number): string {
  return new Date(Date.parse(iso) - ms).toISOString();
}

/** The later of two ISO UTC timestamps (fixed-width ISO strings compare as text). */
export function laterOf(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) {
    return b;
  }
  return b !== undefined && b > a ? b : a;
}
