/**
 * Placeholder tokens. They start with a character the word pattern can never produce, so a
 * placeholder can never collide with a real word.
 */
export const URL_TOKEN = '<url>';
export const USER_TOKEN = '<user>';
export const EMAIL_TOKEN = '<email>';
export const DOMAIN_TOKEN = '<domain>';
export const NUMBER_TOKEN = '<num>';
/** Clause punctuation: not a feature itself, but it ends negation scopes and word pairs. */
export const BOUNDARY_TOKEN = '.';

// Every repetition is bounded or cannot fail after it starts, so a 50,000-character line of
// junk costs at most a small constant per character (no catastrophic backtracking).
const TOKEN_PATTERN = new RegExp(
  [
    String.raw`https?:\/\/\S{1,300}`,
    String.raw`www\.\S{1,300}`,
    String.raw`[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,4}`,
    String.raw`@[\p{L}\p{N}_]{1,40}`,
    String.raw`[\p{L}\p{N}-]{1,63}\.(?:com|net|org|co|io|ly|info|biz|me|us|xyz|shop|site|online|app|link)(?![\p{L}\p{N}])`,
    String.raw`\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)*`,
    String.raw`\p{N}+(?:[.,:/]\p{N}+)*`,
    String.raw`\p{Extended_Pictographic}`,
    String.raw`[!?¿¡]+`,
    String.raw`[.,;:]`,
    String.raw`[$%#]`,
  ].join('|'),
  'gu',
);

const MAY_HAVE_ADDRESS =
  /@|\/\/|www\.|\.(?:com|net|org|co|io|ly|info|biz|me|us|xyz|shop|site|online|app|link)\b/;

const ELONGATION = /(.)\1{2,}/g;

/**
 * Splits lower-cased text into the word-level tokens the models see: words (elongations cut to two
 * letters, curly apostrophes straightened), emoji one by one, `!`/`?` runs, and placeholders for
 * URLs, @handles, e-mail addresses, bare domains and numbers.
 *
 * @example tokenize('soooo grateful 🙏 @lakeside!!') // -> ['soo', 'grateful', '🙏', '<user>', '!!']
 */
export function tokenize(lower: string): string[] {
  // Most comments have no URL, address or handle: a hand-written scanner tokenizes those several
  // times faster than the pattern, which only runs when one may be present.
  if (!MAY_HAVE_ADDRESS.test(lower)) {
    return scanPlain(lower);
  }
  const tokens: string[] = [];
  TOKEN_PATTERN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TOKEN_PATTERN.exec(lower)) !== null) {
    tokens.push(normaliseToken(match[0]));
  }
  return tokens;
}

/**
 * The plain-text half of `TOKEN_PATTERN` as a scanner: words (letters and marks, inner
 * apostrophes), numbers, emoji one by one, `!`/`?` runs, clause punctuation and `$ % #`.
 */
function scanPlain(lower: string): string[] {
  const tokens: string[] = [];
  const length = lower.length;
  let index = 0;
  while (index < length) {
    const code = lower.charCodeAt(index);
    if (isLetterCode(code, lower, index)) {
      const start = index;
      index += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      while (index < length) {
        const next = lower.charCodeAt(index);
        if (isLetterCode(next, lower, index) || isMarkCode(next)) {
          index += next >= 0xd800 && next <= 0xdbff ? 2 : 1;
        } else if (
          (next === 39 || next === 0x2019) &&
          index + 1 < length &&
          isLetterCode(lower.charCodeAt(index + 1), lower, index + 1)
        ) {
          index += 1;
        } else {
          break;
        }
      }
      tokens.push(normaliseWord(lower.slice(start, index)));
    } else if (code >= 48 && code <= 57) {
      index++;
      while (index < length) {
        const next = lower.charCodeAt(index);
        if (next >= 48 && next <= 57) {
          index++;
        } else if (
          (next === 46 || next === 44 || next === 58 || next === 47) &&
          index + 1 < length &&
          isDigit(lower.charCodeAt(index + 1))
        ) {
          index += 2;
        } else {
          break;
        }
      }
      tokens.push(NUMBER_TOKEN);
    } else if (code === 33 || code === 63 || code === 161 || code === 191) {
      const start = index;
      while (index < length && isMarkRun(lower.charCodeAt(index))) {
        index++;
      }
      tokens.push(normaliseToken(lower.slice(start, index)));
    } else if (code === 44 || code === 46 || code === 58 || code === 59) {
      tokens.push(BOUNDARY_TOKEN);
      index++;
    } else if (code === 36 || code === 37 || code === 35) {
      tokens.push(lower[index]);
      index++;
    } else {
      const width = code >= 0xd800 && code <= 0xdbff && index + 1 < length ? 2 : 1;
      if (code >= 0xa9 && isPictographic(lower.slice(index, index + width))) {
        tokens.push(lower.slice(index, index + width));
      }
      index += width;
    }
  }
  return tokens;
}

function isMarkRun(code: number): boolean {
  return code === 33 || code === 63 || code === 161 || code === 191;
}

const LETTER = /^\p{L}$/u;
const MARK = /^\p{M}$/u;
const PICTOGRAPHIC = /^\p{Extended_Pictographic}$/u;

function isLetterCode(code: number, text: string, index: number): boolean {
  if (code < 0x80) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  }
  // Latin-1 and Latin Extended letters (Spanish and most European names) without a lookup.
  if (code >= 0xc0 && code <= 0x24f) {
    return code !== 0xd7 && code !== 0xf7;
  }
  if (code >= 0xd800 && code <= 0xdbff) {
    return LETTER.test(text.slice(index, index + 2));
  }
  return code >= 0xaa && LETTER.test(text[index]);
}

function isMarkCode(code: number): boolean {
  return (
    (code >= 0x300 && code <= 0x36f) ||
    (code > 0x36f && code < 0xd800 && MARK.test(String.fromCharCode(code)))
  );
}

function isPictographic(character: string): boolean {
  return PICTOGRAPHIC.test(character);
}

function normaliseToken(raw: string): string {
  const first = raw.charCodeAt(0);
  if (raw.length > 4 && (raw.startsWith('http') || raw.startsWith('www.'))) {
    return URL_TOKEN;
  }
  if (first === 64 /* @ */) {
    return USER_TOKEN;
  }
  if (raw.includes('@')) {
    return EMAIL_TOKEN;
  }
  if (isDigit(first)) {
    return NUMBER_TOKEN;
  }
  if (raw.includes('.') && raw.length > 2 && !isPunctuationOnly(raw)) {
    return DOMAIN_TOKEN;
  }
  if (first === 33 /* ! */ || first === 63 /* ? */ || first === 161 || first === 191) {
    return raw.length > 1
      ? raw.includes('?') || raw.includes('¿')
        ? '??'
        : '!!'
      : normaliseMark(raw);
  }
  if (first === 44 || first === 46 || first === 58 || first === 59) {
    return BOUNDARY_TOKEN;
  }
  let word = raw.length > 2 && hasTripleLetter(raw) ? raw.replace(ELONGATION, '$1$1') : raw;
  if (word.includes('’')) {
    word = word.replace(/’/g, "'");
  }
  return word;
}

/**
 * `normaliseToken` of a run of letters: of its checks only these can apply (a run of letters holds
 * no "@", ".", digit or punctuation), and this runs for almost every token.
 */
function normaliseWord(raw: string): string {
  if (raw.length > 4 && raw.startsWith('http')) {
    return URL_TOKEN;
  }
  let word = raw.length > 2 && hasTripleLetter(raw) ? raw.replace(ELONGATION, '$1$1') : raw;
  if (word.includes('’')) {
    word = word.replace(/’/g, "'");
  }
  return word;
}

function hasTripleLetter(word: string): boolean {
  for (let index = 2; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code === word.charCodeAt(index - 1) && code === word.charCodeAt(index - 2)) {
      return true;
    }
  }
  return false;
}

function normaliseMark(mark: string): string {
  return mark === '¿' ? '?' : mark === '¡' ? '!' : mark;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isPunctuationOnly(raw: string): boolean {
  return /^[.,;:]+$/.test(raw);
}

/**
 * True for tokens made of letters (the ones that get character n-grams).
 *
 * @example isWordToken('café') // -> true; isWordToken('<num>') // -> false
 */
export function isWordToken(token: string): boolean {
  const code = token.charCodeAt(0);
  // Character ranges instead of a Unicode regex: this runs for every token of every comment.
  return (
    (code >= 97 && code <= 122) ||
    (code >= 0xc0 && code < 0x2000) ||
    (code >= 0x3040 && code < 0xd800) ||
    (code >= 0xf900 && code < 0xfe00)
  );
}
