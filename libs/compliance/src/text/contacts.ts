/** A phone number, e-mail address or link found in a normalised text. */
export interface ContactMatch {
  kind: 'phone' | 'email' | 'url';
  start: number;
  end: number;
  /** Digits for a phone, lower-cased address for an e-mail, `host/path` (no scheme, no www) for a link. */
  value: string;
}

const EMAIL = /[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)+/g;
// Scheme or www links, then bare domains with a common top-level domain ("988lifeline.org/chat").
const URL_WITH_SCHEME = /\b(?:https?:\/\/|www\.)[^\s<>"'`)\]]+/g;
const BARE_DOMAIN =
  /\b(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|org|net|gov|edu|int|io|co|us|info|health|care|ly|me|app|biz|link|site|online|xyz)\b(?:\/[^\s<>"'`)\]]*)?/g;
// US/NANP numbers with optional country code, 7-digit local numbers, and 1-800 style numbers.
const PHONE =
  /(?<![\d/.-])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-]?)\d{3}[\s.-]?\d{4}(?![\d/])|(?<![\d/.-])\d{3}[.-]\d{4}(?![\d/.-]?\d)/g;

/**
 * Finds e-mails, links and phone numbers, in that order, without overlaps (an e-mail's domain is
 * not also a link; digits inside a link are not a phone). Trailing sentence punctuation is not part
 * of a link.
 *
 * @example findContacts('call (555) 019-4400 or see cdc.gov.').map((c) => c.value) // -> ['cdc.gov', '5550194400']
 */
export function findContacts(text: string): ContactMatch[] {
  const found: ContactMatch[] = [];
  const taken = (start: number, end: number): boolean =>
    found.some((match) => start < match.end && end > match.start);
  for (const match of text.matchAll(EMAIL)) {
    found.push({
      kind: 'email',
      start: match.index,
      end: match.index + match[0].length,
      value: match[0].toLowerCase(),
    });
  }
  for (const pattern of [URL_WITH_SCHEME, BARE_DOMAIN]) {
    for (const match of text.matchAll(pattern)) {
      const raw = match[0].replace(/[.,;:!?]+$/, '');
      const start = match.index;
      const end = start + raw.length;
      if (taken(start, end) || text[start - 1] === '@' || !/[a-z]/.test(raw)) {
        continue;
      }
      found.push({ kind: 'url', start, end, value: urlKey(raw) });
    }
  }
  for (const match of text.matchAll(PHONE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (taken(start, end)) {
      continue;
    }
    found.push({ kind: 'phone', start, end, value: phoneDigits(match[0]) });
  }
  return found.sort((left, right) => left.start - right.start);
}

/** Digits of a phone number without a leading US country code. */
export function phoneDigits(value: string): string {
  const digits = value.replace(/\D/g, '');
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}

/** `host/path` of a link: no scheme, no `www.`, no trailing slash, lower case. */
export function urlKey(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[/?#]+$/, '');
}

/** Host part of a `urlKey`. */
export function urlHost(key: string): string {
  return key.split(/[/?#]/)[0];
}

/** Whether `host` is `domain` or one of its subdomains. */
export function isHostInDomain(host: string, domain: string): boolean {
  const bare = domain.toLowerCase().replace(/^www\./, '');
  return bare !== '' && (host === bare || host.endsWith(`.${bare}`));
}

/**
 * Whether a phone found in a reply is the configured number: same digits, or the same last seven
 * digits when the reply leaves out the area code.
 */
export function isSamePhone(found: string, configured: string): boolean {
  const want = phoneDigits(configured);
  if (want.length < 7 || found.length < 7) {
    return want !== '' && want === found;
  }
  return found === want || (found.length === 7 && want.endsWith(found));
}
