import { createHash } from 'node:crypto';

/**
 * The text with Unicode normalised (NFC) and whitespace collapsed and trimmed: platforms
 * re-encode text (NFC vs NFD, a trailing newline, doubled spaces) without anyone editing it.
 *
 * @example normaliseText(' Thank you\n 4 West! ') // 'Thank you 4 West!'
 */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * sha256 (hex) of the normalised text, so a platform re-encoding a comment is not mistaken for
 * an edit.
 *
 * @example contentHash('Thank you  4 West!\n') === contentHash('Thank you 4 West!') // true
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseText(text), 'utf8').digest('hex');
}
