import { type ChannelKind, isChannelKind } from './vocabulary';

/** Longest comment text Bedside accepts, in characters (Unicode code points). */
export const MAX_COMMENT_TEXT_LENGTH = 20_000;
/** Longest external id, author name, handle or URL we store. */
export const MAX_SHORT_FIELD_LENGTH = 2_048;

/**
 * A comment as a channel, an import file or the `ingestComments` mutation hands it to Bedside,
 * before validation. Every field is optional at this stage so that one bad row can be reported
 * with its position instead of failing a whole batch.
 */
export interface RawCommentInput {
  channel?: unknown;
  externalId?: unknown;
  parentExternalId?: unknown;
  postExternalId?: unknown;
  authorName?: unknown;
  authorHandle?: unknown;
  text?: unknown;
  url?: unknown;
  createdAt?: unknown;
  rating?: unknown;
}

/** A validated comment, ready to store. */
export interface CommentInput {
  channel: ChannelKind;
  externalId: string;
  parentExternalId: string | null;
  postExternalId: string | null;
  authorName: string | null;
  authorHandle: string | null;
  text: string;
  url: string | null;
  /** When the comment was written on the platform; the receive time when the source gave none. */
  createdAt: Date;
  /** Star rating 1–5 of a review (Google reviews); null elsewhere. */
  rating: number | null;
}

export type CommentInputResult = { ok: true; value: CommentInput } | { ok: false; message: string };

const CHANNEL_ALIASES: Record<string, ChannelKind> = {
  twitter: 'x',
  google: 'google_review',
  google_reviews: 'google_review',
  google_business: 'google_review',
  wordpress: 'blog',
};

/** `"Google-Review"` → `google_review`; `"twitter"` → `x`; anything unknown → null. */
export function normalizeChannelKind(value: unknown): ChannelKind | null {
  if (typeof value !== 'string') {
    return null;
  }
  const key = value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if (isChannelKind(key)) {
    return key;
  }
  return CHANNEL_ALIASES[key] ?? null;
}

// Date-only or date-time, optional fraction and zone. A zone-less time is read as UTC, as the
// platforms' exports are.
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * Parses a platform timestamp: an ISO 8601 string (`2026-11-02T14:05:00Z`, `2026-11-02`), a
 * `Date`, or epoch milliseconds. Returns null for anything else, including impossible calendar
 * dates such as `2026-02-30`.
 */
export function parseTimestamp(value: unknown): Date | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : value;
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? new Date(value) : null;
  }
  if (typeof value !== 'string') {
    return null;
  }
  const match = ISO_8601.exec(value.trim());
  if (!match) {
    return null;
  }
  const [, year, month, day, hour = '00', minute = '00', second = '00', fraction, zone] = match;
  const millis = fraction ? fraction.padEnd(3, '0').slice(0, 3) : '000';
  const offset = zone ? normalizeZone(zone) : 'Z';
  const date = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}.${millis}${offset}`);
  if (Number.isNaN(date.getTime())) {
    return null;
  }
  // Date() rolls 2026-02-30 over to March; a platform never means that, so refuse it.
  const check = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (check.getUTCMonth() !== Number(month) - 1 || check.getUTCDate() !== Number(day)) {
    return null;
  }
  return date;
}

function normalizeZone(zone: string): string {
  if (zone.toUpperCase() === 'Z') {
    return 'Z';
  }
  return zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
}

/** A short rendering of a bad value for an error message (never the comment text). */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.slice(0, 40);
}

function optionalString(value: unknown): string | null | undefined {
  if (value === undefined || value === null) {
    return null;
  }
  if (typeof value === 'number') {
    return String(value);
  }
  if (typeof value !== 'string') {
    return undefined;
  }
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function countCodePoints(text: string, limit: number): number {
  let count = 0;
  for (const _ of text) {
    count += 1;
    if (count > limit) {
      break;
    }
  }
  return count;
}

/**
 * Validates one incoming comment. The message names the field and never repeats the comment's
 * content, because it is shown in import reports and logs.
 *
 * @example validateCommentInput({ channel: 'facebook', externalId: '123_456', text: 'Thank you!' }, now)
 */
export function validateCommentInput(raw: RawCommentInput, receivedAt: Date): CommentInputResult {
  if (raw === null || typeof raw !== 'object') {
    return { ok: false, message: 'row is not an object' };
  }
  const channel = normalizeChannelKind(raw.channel);
  if (raw.channel === undefined || raw.channel === null || raw.channel === '') {
    return { ok: false, message: 'channel is required' };
  }
  if (!channel) {
    return {
      ok: false,
      message: `unknown channel "${shown(raw.channel)}" (expected facebook, instagram, x, youtube, google_review, blog or import)`,
    };
  }
  const externalId = optionalString(raw.externalId);
  if (!externalId) {
    return { ok: false, message: 'externalId is required' };
  }
  if (externalId.length > MAX_SHORT_FIELD_LENGTH) {
    return { ok: false, message: `externalId is longer than ${MAX_SHORT_FIELD_LENGTH} characters` };
  }
  if (raw.text === undefined || raw.text === null) {
    return { ok: false, message: 'text is required' };
  }
  if (typeof raw.text !== 'string') {
    return { ok: false, message: 'text must be a string' };
  }
  if (raw.text.trim() === '') {
    return { ok: false, message: 'text is empty' };
  }
  if (countCodePoints(raw.text, MAX_COMMENT_TEXT_LENGTH) > MAX_COMMENT_TEXT_LENGTH) {
    return {
      ok: false,
      message: `text is longer than ${MAX_COMMENT_TEXT_LENGTH.toLocaleString('en-US')} characters`,
    };
  }
  const shortFields = [
    'parentExternalId',
    'postExternalId',
    'authorName',
    'authorHandle',
    'url',
  ] as const;
  const values: Partial<Record<(typeof shortFields)[number], string | null>> = {};
  for (const field of shortFields) {
    const value = optionalString(raw[field]);
    if (value === undefined) {
      return { ok: false, message: `${field} must be a string` };
    }
    if (value !== null && value.length > MAX_SHORT_FIELD_LENGTH) {
      return { ok: false, message: `${field} is longer than ${MAX_SHORT_FIELD_LENGTH} characters` };
    }
    values[field] = value;
  }
  let createdAt = receivedAt;
  if (raw.createdAt !== undefined && raw.createdAt !== null && raw.createdAt !== '') {
    const parsed = parseTimestamp(raw.createdAt);
    if (!parsed) {
      return {
        ok: false,
        message: `createdAt "${shown(raw.createdAt)}" is not a valid date (use ISO 8601, e.g. 2026-11-02T14:05:00Z)`,
      };
    }
    createdAt = parsed;
  }
  let rating: number | null = null;
  if (raw.rating !== undefined && raw.rating !== null && raw.rating !== '') {
    rating = typeof raw.rating === 'string' ? Number(raw.rating.trim()) : (raw.rating as number);
    if (typeof rating !== 'number' || !Number.isInteger(rating) || rating < 1 || rating > 5) {
      return { ok: false, message: 'rating must be a whole number from 1 to 5' };
    }
  }
  return {
    ok: true,
    value: {
      channel,
      externalId,
      parentExternalId: values.parentExternalId ?? null,
      postExternalId: values.postExternalId ?? null,
      authorName: values.authorName ?? null,
      authorHandle: values.authorHandle ?? null,
      text: raw.text,
      url: values.url ?? null,
      createdAt,
      rating,
    },
  };
}
