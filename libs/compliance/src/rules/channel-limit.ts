import type { ChannelKind } from '@bedside/domain';

import { findContacts } from '../text/contacts';
import { type Rule, wholeReply } from './rule.types';

/** Reply length limits per channel (CHANNELS.md); X weighs characters, see `weightedLength`. */
export const CHANNEL_LIMITS: Partial<Record<ChannelKind, number>> = {
  x: 280,
  instagram: 2200,
  google_review: 4096,
  facebook: 8000,
  youtube: 10000,
};

/** X counts every link as 23 characters. */
const X_URL_LENGTH = 23;

/**
 * Length of a text as X counts it: links count 23, characters outside the Latin, general
 * punctuation and a few symbol ranges (emoji, CJK) count 2.
 *
 * @example weightedLength('hi 💙') // -> 5
 */
export function weightedLength(text: string): number {
  let length = 0;
  let cursor = 0;
  for (const contact of findContacts(text.toLowerCase())) {
    if (contact.kind !== 'url') {
      continue;
    }
    length += countCharacters(text.slice(cursor, contact.start)) + X_URL_LENGTH;
    cursor = contact.end;
  }
  return length + countCharacters(text.slice(cursor));
}

function countCharacters(text: string): number {
  let length = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const light =
      code <= 0x10ff ||
      (code >= 0x2000 && code <= 0x200d) ||
      (code >= 0x2010 && code <= 0x201f) ||
      (code >= 0x2032 && code <= 0x2037);
    length += light ? 1 : 2;
  }
  return length;
}

/**
 * C25: the reply fits the channel's limit (a warning).
 *
 * @example checkChannelLimit(context('x'.repeat(300), { channel: 'x' })) // -> [{ code: 'exceeds_channel_limit', ... }]
 */
export const checkChannelLimit: Rule = (context) => {
  const limit = context.channel ? CHANNEL_LIMITS[context.channel] : undefined;
  if (limit === undefined) {
    return [];
  }
  const original = context.reply.text.original;
  const length = context.channel === 'x' ? weightedLength(original) : original.length;
  if (length <= limit) {
    return [];
  }
  return [
    wholeReply(
      'exceeds_channel_limit',
      'warn',
      `The reply is ${length} characters; this channel allows ${limit}. Shorten it before sending.`,
    ),
  ];
};
