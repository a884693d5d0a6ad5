/**
 * The text matchers behind moderation rules: whole words and phrases from the managers' word
 * lists, and links to domains outside the trusted list. Pure and precompiled, since ingestion
 * screens every new comment with them.
 */

/** Longest entry of a word list, in characters. */
export const MAX_WORD_LIST_ENTRY_LENGTH = 100;
/** Most entries one list may hold. */
export const MAX_WORD_LIST_ENTRIES = 1000;

// Characters people put in place of letters to slip past filters ("sp4m", "$cam", "sh!t").
// "1" and "|" stand for both "i" and "l", so a token containing them gets two readings.
const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '@': 'a',
  $: 's',
  '!': 'i',
};
const LEET_AMBIGUOUS = /[1|]/;
const LEET_AMBIGUOUS_ALL = /[1|]/g;

// Words are letters, marks and digits, plus the symbols leetspeak uses inside words.
const SPACE = 0x20;
const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;
const ASCII_WORD = new Uint8Array(128).map((_, code) =>
  /[a-zA-Z0-9@$!|]/.test(String.fromCharCode(code)) ? 1 : 0,
);
// Non-ASCII characters classified so far; bounded, since a comment can hold any of a million.
const nonAsciiWord = new Map<number, boolean>();
const MAX_REMEMBERED_CHARACTERS = 20_000;

const LETTER = /\p{L}/u;
const LEET_SYMBOL = /[0-9@$!|]/;
// Scripts written without spaces between words: their entries match anywhere in the text.
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

// Any of these in a token may change its reading; most tokens have none and skip the work.
const NEEDS_READING = /[@$!|0-9]/;

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    if (text.charCodeAt(index) > 0x7f) {
      return false;
    }
  }
  return true;
}

/** Case-, width- and accent-insensitive form of a piece of text. */
function fold(text: string): string {
  // Ingestion folds every comment: plain ASCII, the common case, needs no Unicode normalisation.
  if (isAscii(text)) {
    return text.toLowerCase();
  }
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The readings of one raw token: itself when it has no letters (a number stays a number) or
 * no leetspeak, otherwise each way of reading its symbols as letters.
 */
function readingsOf(raw: string): string[] {
  if (!NEEDS_READING.test(raw)) {
    return [raw];
  }
  // A leading @ is a mention and an outer ! is punctuation, not a letter.
  const token = raw.replace(/^@+/, '').replace(/^!+|!+$/g, '');
  if (token === '') {
    return [];
  }
  if (!LETTER.test(token) || !LEET_SYMBOL.test(token)) {
    return [token];
  }
  const base = [...token].map((char) => LEET[char] ?? char).join('');
  if (!LEET_AMBIGUOUS.test(base)) {
    return [base];
  }
  const asI = base.replace(LEET_AMBIGUOUS_ALL, 'i');
  const asL = base.replace(LEET_AMBIGUOUS_ALL, 'l');
  return asI === asL ? [asI] : [asI, asL];
}

/** The words of a text, each with its readings, in order. */
export function tokenizeForMatching(text: string): string[][] {
  return tokensOfFolded(fold(text));
}

function tokensOfFolded(folded: string): string[][] {
  const tokens: string[][] = [];
  let start = -1;
  // A hand-written scan: a Unicode-aware split measured several times slower on comments with
  // an emoji, and ingestion screens every comment.
  for (let index = 0; index <= folded.length;) {
    const point = index < folded.length ? (folded.codePointAt(index) ?? SPACE) : SPACE;
    if (isWordCharacter(point)) {
      if (start < 0) {
        start = index;
      }
    } else if (start >= 0) {
      const readings = readingsOf(folded.slice(start, index));
      if (readings.length > 0) {
        tokens.push(readings);
      }
      start = -1;
    }
    index += point > 0xffff ? 2 : 1;
  }
  return tokens;
}

function isWordCharacter(point: number): boolean {
  if (point < 128) {
    return ASCII_WORD[point] === 1;
  }
  let known = nonAsciiWord.get(point);
  if (known === undefined) {
    known = WORD_CHARACTER.test(String.fromCodePoint(point));
    if (nonAsciiWord.size < MAX_REMEMBERED_CHARACTERS) {
      nonAsciiWord.set(point, known);
    }
  }
  return known;
}

/**
 * Cleans a word list as a manager typed it: trimmed, folded, blank and duplicate entries
 * dropped, first spelling kept.
 *
 * @example normalizeWordList([' Scam ', 'scam', '', 'Crypto  Recovery']) // ['scam', 'crypto recovery']
 */
export function normalizeWordList(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const entry of entries) {
    const cleaned = entry.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
    if (cleaned !== '' && !seen.has(cleaned)) {
      seen.add(cleaned);
      result.push(cleaned);
    }
  }
  return result;
}

/** What is wrong with a word list, or null; safe to show a user. */
export function wordListProblem(entries: readonly string[]): string | null {
  if (entries.length > MAX_WORD_LIST_ENTRIES) {
    return `A list holds at most ${MAX_WORD_LIST_ENTRIES} entries.`;
  }
  if (entries.some((entry) => entry.length > MAX_WORD_LIST_ENTRY_LENGTH)) {
    return `An entry holds at most ${MAX_WORD_LIST_ENTRY_LENGTH} characters.`;
  }
  if (entries.some((entry) => tokenizeForMatching(entry).length === 0)) {
    return 'Every entry needs at least one letter or digit.';
  }
  return null;
}

/** A text folded and split once, however many lists look at it. */
export interface PreparedText {
  readonly folded: string;
  readonly words: readonly string[][];
}

/** Prepares a text for several matchers; folding and splitting happen on first use only. */
export function prepareText(text: string): PreparedText {
  return new LazyPreparedText(text);
}

// A class, not an object literal with getters: V8 handled the literal an order of magnitude slower.
class LazyPreparedText implements PreparedText {
  private foldedText: string | null = null;
  private wordList: string[][] | null = null;

  constructor(private readonly text: string) {}

  get folded(): string {
    this.foldedText ??= fold(this.text);
    return this.foldedText;
  }

  get words(): readonly string[][] {
    this.wordList ??= tokensOfFolded(this.folded);
    return this.wordList;
  }
}

export interface WordMatcher {
  /** The first list entry found in the text (as the list spells it), or null. */
  find(text: string | PreparedText): string | null;
}

interface PhraseEntry {
  entry: string;
  tokens: string[][];
}

function sharesReading(a: readonly string[], b: readonly string[]): boolean {
  return a.some((reading) => b.includes(reading));
}

/**
 * Compiles a word list into a matcher of whole words and phrases: case-, accent- and
 * width-insensitive, Unicode-aware, tolerant of leetspeak. "scam" finds "SCAM!", "$cam" and
 * "sc4m" but not "scampi"; "crypto recovery" finds "Crypto-Recovery". Entries in scripts
 * written without spaces (Chinese, Japanese, Thai) match anywhere in the text.
 *
 * @example compileWordList(['scam']).find('Total $CAM, avoid') // 'scam'
 */
export function compileWordList(entries: readonly string[]): WordMatcher {
  const byFirstReading = new Map<string, PhraseEntry[]>();
  const unspaced: { entry: string; folded: string }[] = [];
  for (const entry of entries) {
    if (UNSPACED_SCRIPT.test(entry)) {
      unspaced.push({ entry, folded: fold(entry) });
      continue;
    }
    const tokens = tokenizeForMatching(entry);
    if (tokens.length === 0) {
      continue;
    }
    for (const reading of tokens[0]) {
      const list = byFirstReading.get(reading) ?? [];
      list.push({ entry, tokens });
      byFirstReading.set(reading, list);
    }
  }
  return {
    find(input: string | PreparedText): string | null {
      if (unspaced.length === 0 && byFirstReading.size === 0) {
        return null;
      }
      const text = typeof input === 'string' ? prepareText(input) : input;
      if (unspaced.length > 0) {
        const folded = text.folded;
        const hit = unspaced.find((candidate) => folded.includes(candidate.folded));
        if (hit) {
          return hit.entry;
        }
      }
      if (byFirstReading.size === 0) {
        return null;
      }
      const words = text.words;
      for (let index = 0; index < words.length; index += 1) {
        for (const reading of words[index]) {
          for (const candidate of byFirstReading.get(reading) ?? []) {
            const fits = candidate.tokens.every(
              (token, offset) =>
                index + offset < words.length && sharesReading(token, words[index + offset]),
            );
            if (fits) {
              return candidate.entry;
            }
          }
        }
      }
      return null;
    },
  };
}

// Top-level domains a bare "word.tld" must end in to count as a link; with a scheme, "www." or
// a path any domain counts. Without this list "Dr.Smith" or "St.Louis" would read as links.
const LINK_TLDS = new Set(
  (
    'com net org info biz io co ly me xyz app site online shop store top club live link click ' +
    'us uk ca au nz ie de fr es it nl be ch at se no dk fi pl pt ru ua cn jp kr in br mx ar ' +
    'tk ml ga cf gq gl gg tv cc ws to gov edu mil int health care news blog page example'
  ).split(' '),
);

const MAYBE_LINK = /\.\p{L}/u;

const LINK_CANDIDATE =
  /(?<![\p{L}\p{N}@._-])(https?:\/\/)?((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}]{2,63})(:\d{1,5})?(\/[^\s]*)?/giu;

/**
 * The host names of the links in a text, lower-cased, without a leading "www.", in order and
 * without repeats. Counts `https://…`, `www.…`, `domain.tld/path` and bare `domain.tld` with a
 * common top-level domain; e-mail addresses are not links.
 *
 * @example linkedDomains('See https://www.CDC.gov/flu or bit.ly/x') // ['cdc.gov', 'bit.ly']
 */
export function linkedDomains(text: string): string[] {
  const hosts: string[] = [];
  // Every link has a dot followed by a letter; most comments have none and skip the big pattern.
  if (!MAYBE_LINK.test(text)) {
    return hosts;
  }
  for (const match of text.matchAll(LINK_CANDIDATE)) {
    const [, scheme, rawHost, , path] = match;
    const host = rawHost.toLowerCase().replace(/^www\./, '');
    const tld = host.slice(host.lastIndexOf('.') + 1);
    const isLink = Boolean(scheme) || rawHost.toLowerCase().startsWith('www.') || Boolean(path);
    if ((isLink || LINK_TLDS.has(tld)) && !hosts.includes(host)) {
      hosts.push(host);
    }
  }
  return hosts;
}

/**
 * Cleans a trusted-domain list: "https://www.CDC.gov/flu" becomes "cdc.gov"; blanks and
 * repeats are dropped. Entries that are not host names are kept as typed so
 * `domainListProblem` can name them.
 */
export function normalizeDomainList(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const entry of entries) {
    const cleaned = entry
      .trim()
      .toLowerCase()
      .replace(/^[a-z]+:\/\//, '')
      .replace(/[/?#].*$/, '')
      .replace(/:\d+$/, '')
      .replace(/^www\./, '')
      .replace(/\.$/, '');
    if (cleaned !== '' && !seen.has(cleaned)) {
      seen.add(cleaned);
      result.push(cleaned);
    }
  }
  return result;
}

const HOST_NAME = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}]{2,63}$/u;

/** What is wrong with a (normalised) trusted-domain list, or null; safe to show a user. */
export function domainListProblem(domains: readonly string[]): string | null {
  if (domains.length > MAX_WORD_LIST_ENTRIES) {
    return `A list holds at most ${MAX_WORD_LIST_ENTRIES} entries.`;
  }
  const bad = domains.find((domain) => !HOST_NAME.test(domain));
  return bad === undefined ? null : `"${bad.slice(0, 60)}" is not a domain name like cdc.gov.`;
}

/** Whether a host is one of the trusted domains or a subdomain of one ("www.cdc.gov" of "cdc.gov"). */
export function isTrustedDomain(host: string, trusted: readonly string[]): boolean {
  return trusted.some((domain) => host === domain || host.endsWith(`.${domain}`));
}
