import { sameReplyText } from '../shared/reply-match';

// A link with a scheme, or a bare domain X links anyway (`citygeneral.org/visit`).
const LINK_PATTERN = /\b(?:https?:\/\/\S+|(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/\S*)?)/gi;
const LEADING_MENTIONS = /^(?:@\w+\s+)+/;
const ESCAPED: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };

/**
 * Whether a post read back from X carries the reply text we sent. X rewrites a posted text in
 * ways CHANNELS.md does not list but the public API shows: every link (bare domains included)
 * becomes a `https://t.co/…` link, replies may gain the leading `@handle`s of the conversation,
 * and `&`, `<`, `>` come back HTML-escaped. Both sides are compared without links and leading
 * mentions: texts that differ only in their links are treated as the same reply, which is the
 * safe side for a check whose other answer means "post again".
 *
 * @example sameXReplyText('@jlee Hours: https://t.co/Ab12', 'Hours: https://citygeneral.org/pharmacy') // true
 */
export function sameXReplyText(posted: string, text: string): boolean {
  return sameReplyText(comparableXText(posted), comparableXText(text));
}

function comparableXText(text: string): string {
  return text
    .replace(/&(?:amp|lt|gt);/g, (entity) => ESCAPED[entity] ?? entity)
    .trim()
    .replace(LEADING_MENTIONS, '')
    .replace(LINK_PATTERN, ' ');
}
