import { createHash } from 'node:crypto';

/**
 * sha256 (hex) of the text with Unicode normalised and whitespace collapsed, so a platform
 * re-encoding a comment (NFC vs NFD, trailing newline) is not mistaken for an edit.
 *
 * @example contentHash('Thank you  4 West!\n') === contentHash('Thank you 4 West!') // true
 */
export function contentHash(text: string): string {
  const normalised = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalised, 'utf8').digest('hex');
}
