import { badInput } from './app-error';

/** The sort key values and id of the last row of a page, in order. */
export type CursorKey = (string | number | null)[];

/**
 * Keyset cursors are opaque to clients: base64url of the JSON sort key. Clients must not build
 * them, and a cursor from one ordering is refused by another (the order name is inside).
 */
export function encodeCursor(order: string, key: CursorKey): string {
  return Buffer.from(JSON.stringify([order, ...key]), 'utf8').toString('base64url');
}

export function decodeCursor(order: string, cursor: string, length: number): CursorKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput('The "after" cursor is not valid. Start again from the first page.');
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== length + 1 ||
    parsed[0] !== order ||
    !parsed.slice(1).every((part) => part === null || ['string', 'number'].includes(typeof part))
  ) {
    throw badInput(
      'The "after" cursor does not belong to this ordering. Start again from the first page.',
    );
  }
  return parsed.slice(1) as CursorKey;
}
