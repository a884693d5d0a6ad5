/**
 * The theme terms of a comment, for the "top themes" and "rising themes" reports.
 *
 * The server counts, per day, how many comments mention each term, so a term is counted once per
 * comment (a rant repeating "parking" ten times is one mention) and the terms of a comment are
 * capped. Terms are single words and pairs of adjacent words ("wait time", "parking lot"): pairs
 * carry most of the meaning in short social posts, longer phrases are too rare to count.
 *
 * Privacy comes first: reports are read by people who must not see PHI, so words inside the
 * triage PHI spans (names, phone numbers, dates of birth…) never become terms, nor do pairs that
 * would join across them; tokens with digits (room numbers, record numbers, dates, times), URLs,
 * e-mail addresses, @handles and #hashtags (often names) are dropped as well.
 */

/** A span to leave out: UTF-16 offsets into the text, end exclusive (as triage `PhiSpan`s). */
export interface TextSpan {
  start: number;
  end: number;
}

export interface ExtractTermsOptions {
  /** Spans whose words must never become terms: the triage PHI spans. */
  skip?: readonly TextSpan[];
  /** At most this many terms per comment (default `MAX_TERMS_PER_COMMENT`). */
  maxTerms?: number;
}

/** A long comment adds at most this many terms, so one essay cannot outweigh forty posts. */
export const MAX_TERMS_PER_COMMENT = 40;
/** Shorter words are mostly noise ("ok", "hi") except for the few in `SHORT_TERMS`. */
export const MIN_WORD_LENGTH = 3;
/** Longer "words" are hashes, run-together text or keyboard mashing. */
export const MAX_WORD_LENGTH = 30;

/** Two-letter words that name real hospital themes. */
const SHORT_TERMS: ReadonlySet<string> = new Set(['er', 'ed', 'iv', 'ob']);

/**
 * A compact English stopword list: function words, contractions and the filler of social posts
 * ("just", "really", "lol"). Kept here rather than in a dependency so the list is reviewed with
 * the code and the library runs in the browser as is.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all almost also although always am among an and another any
  anybody anyone anything anyway anywhere are aren't around as at away back be became because
  become been before behind being below beside besides between beyond both but by can can't
  cannot could couldn't did didn't do does doesn't doing don't done down during each either else
  enough etc even ever every everybody everyone everything except few for from further get gets
  getting go goes going gone got gotten had hadn't has hasn't have haven't having he he'd he'll
  he's her here here's hers herself him himself his how how's however i i'd i'll i'm i've if in
  instead into is isn't it it'd it'll it's its itself just least less let let's like lol made
  make makes many may maybe me might mine more most much must mustn't my myself near need needs
  neither never no nobody none nor not nothing now of off often oh ok okay on once one ones only
  onto or other others otherwise ought our ours ourselves out over own per perhaps please quite
  rather really said same say says see seem seemed seems seen shall shan't she she'd she'll
  she's should shouldn't since so some somebody someone something sometimes somewhat soon still
  such sure than that that's the their theirs them themselves then there there's these they
  they'd they'll they're they've thing things this those though through thru thus till to too
  toward towards under until unto up upon us very via was wasn't way we we'd we'll we're we've
  well went were weren't what what's whatever when when's where where's whether which while who
  who's whoever whole whom whose why why's will with within without won't would wouldn't yeah
  yes yet you you'd you'll you're you've your yours yourself yourselves`.split(/\s+/),
);

// A word: letters (with combining marks, so accents survive) and digits, optionally joined by an
// apostrophe or hyphen ("don't", "follow-up"). Digits are matched so the whole token can be
// dropped rather than split into a misleading half.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
// Chunks of non-space text that are addresses or handles as a whole.
const CHUNK = /\S+/gu;
// A scheme or "www.", a host with a path ("bit.ly/x"), or a host ending in a common top-level
// domain ("lakeside.org"); "hours.Parking" (a missing space) stays text.
const URL_LIKE =
  /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:[a-z]{2,}[/?#:]|(?:com|org|net|gov|edu|mil|int|info|biz|io|co|us|uk|ca|au|nz|ie|health|care|app|ly|me)$)/iu;
const EMAIL_LIKE = /\S+@\S+\.\S+/u;
const HANDLE_LIKE = /^[^\p{L}\p{N}]*[@#＠＃]/u;
// Between two words of a pair only spaces and joining marks may stand; other punctuation (",", ".",
// "(") ends a phrase.
const PAIR_GAP = /^[\s'’"“”\-‐–—]*$/u;
// A normalised term word: letters (with their marks), joined by apostrophes or hyphens.
const TERM_WORD = /^[\p{L}][\p{L}\p{M}]*(?:['-][\p{L}][\p{L}\p{M}]*)*$/u;

interface Token {
  /** The normalised word, or null when it was dropped. */
  word: string | null;
  start: number;
  end: number;
}

/**
 * The unique theme terms of a comment: normalised single words and pairs of adjacent words, in
 * the order they first appear, at most `maxTerms` of them. Lower case, accents kept (NFC),
 * punctuation stripped, possessive "'s" removed; stopwords, words shorter than three letters
 * (bar ER, ED, IV, OB), words with digits, URLs, e-mail addresses, @handles, #hashtags and every
 * word touching a `skip` span are dropped, and a pair is only formed by two kept words with
 * nothing but a space or hyphen between them.
 *
 * @example extractTerms('The wait time in the ER was 6 hours!!')
 *   // ['wait', 'time', 'wait time', 'er', 'hours']
 */
export function extractTerms(text: string, options: ExtractTermsOptions = {}): string[] {
  const maxTerms = options.maxTerms ?? MAX_TERMS_PER_COMMENT;
  if (!Number.isInteger(maxTerms) || maxTerms < 0) {
    throw new RangeError('maxTerms must be a whole number of at least 0.');
  }
  if (maxTerms === 0) {
    return [];
  }
  const tokens = tokenize(text, options.skip ?? []);
  const terms = new Set<string>();
  const add = (term: string): boolean => {
    terms.add(term);
    return terms.size >= maxTerms;
  };
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token.word === null) {
      continue;
    }
    if (add(token.word)) {
      break;
    }
    const previous = tokens[index - 1];
    if (
      previous?.word &&
      previous.word !== token.word &&
      PAIR_GAP.test(text.slice(previous.end, token.start))
    ) {
      if (add(`${previous.word} ${token.word}`)) {
        break;
      }
    }
  }
  return [...terms];
}

/**
 * Whether a string is a term `extractTerms` could produce: one or two normalised words, none a
 * stopword, too short, or carrying digits or handle marks. For checking terms that come from
 * elsewhere (a rollup row written by an older version, a term a manager wants to hide) before
 * they are shown or stored.
 */
export function isReportableTerm(term: string): boolean {
  if (typeof term !== 'string' || term !== term.normalize('NFC').toLowerCase()) {
    return false;
  }
  const words = term.split(' ');
  if (words.length < 1 || words.length > 2) {
    return false;
  }
  if (words.length === 2 && words[0] === words[1]) {
    return false;
  }
  return words.every((word) => TERM_WORD.test(word) && keepWord(word));
}

function tokenize(text: string, skip: readonly TextSpan[]): Token[] {
  const tokens: Token[] = [];
  for (const chunk of text.matchAll(CHUNK)) {
    const chunkStart = chunk.index;
    const chunkText = chunk[0];
    if (isAddressOrHandle(chunkText)) {
      // Keeps a pair from joining the words on either side of the address.
      tokens.push({ word: null, start: chunkStart, end: chunkStart + chunkText.length });
      continue;
    }
    for (const match of chunkText.matchAll(WORD)) {
      const start = chunkStart + match.index;
      const end = start + match[0].length;
      const word = overlaps(start, end, skip) ? null : normaliseWord(match[0]);
      tokens.push({ word: word !== null && keepWord(word) ? word : null, start, end });
    }
  }
  return tokens;
}

function isAddressOrHandle(chunk: string): boolean {
  return HANDLE_LIKE.test(chunk) || EMAIL_LIKE.test(chunk) || URL_LIKE.test(stripOuter(chunk));
}

/** Removes the punctuation around a chunk ("(www.x.org)," → "www.x.org") before the URL test. */
function stripOuter(chunk: string): string {
  return chunk.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}/]+$/gu, '');
}

function normaliseWord(raw: string): string | null {
  if (/\p{N}/u.test(raw)) {
    return null;
  }
  const word = raw
    .normalize('NFC')
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/‐/g, '-')
    .replace(/'s$/u, '');
  return TERM_WORD.test(word) ? word : null;
}

function keepWord(word: string): boolean {
  const length = [...word].length;
  if (length > MAX_WORD_LENGTH) {
    return false;
  }
  if (length < MIN_WORD_LENGTH && !SHORT_TERMS.has(word)) {
    return false;
  }
  return !STOPWORDS.has(word);
}

function overlaps(start: number, end: number, spans: readonly TextSpan[]): boolean {
  return spans.some((span) => start < span.end && span.start < end);
}
