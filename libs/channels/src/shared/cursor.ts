import { ChannelError } from '../channel-error';

/** Cursors are JSON so the server can store them as opaque text. */
export function encodeCursor(value: unknown): string {
  return JSON.stringify(value);
}

/**
 * Reads a cursor this connector wrote earlier. A cursor that does not parse or fails `isValid`
 * is an `invalid` error rather than a silent restart, which could re-import a whole backfill.
 *
 * @example decodeCursor('{"sinceId":"187"}', isXCursor, 'x')
 */
export function decodeCursor<T>(
  cursor: string,
  isValid: (value: unknown) => value is T,
  platform: string,
): T {
  let value: unknown;
  try {
    value = JSON.parse(cursor);
  } catch (error) {
    throw new ChannelError('invalid', `${platform}: stored cursor is not JSON`, { cause: error });
  }
  if (!isValid(value)) {
    throw new ChannelError('invalid', `${platform}: stored cursor has an unexpected shape`);
  }
  return value;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function isOptionalString(value: unknown): value is string | undefined | null {
  return value === undefined || value === null || typeof value === 'string';
}
