/**
 * A lower-cased, cleaned copy of a text with the way back to the original: `starts[i]` and
 * `ends[i]` are the UTF-16 offsets in `original` that normalised character `i` came from, so a
 * finding on `text` can be underlined in the text the person typed.
 */
export interface NormalisedText {
  readonly original: string;
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

const ZERO_WIDTH = /^[\u200b-\u200d\u2060\ufeff\u00ad]$/;
const SINGLE_QUOTES = /^[\u2018\u2019\u201a\u201b\u2032\u02bc\u0060\u00b4]$/;
const DOUBLE_QUOTES = /^[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]$/;
const DASHES = /^[\u2010-\u2015\u2212]$/;
const SPACE = /^\s$/;

/**
 * Shorthand expanded before matching (COMPLIANCE.md section 5), so "hope u feel better" is read as
 * "hope you feel better". Each expansion maps back to the token it replaced.
 */
const SHORTHAND: readonly [RegExp, string][] = [
  [/\bu\b/g, 'you'],
  [/\bur\b/g, 'your'],
  [/\by'all\b/g, 'you all'],
  [/\bpls\b|\bplz\b/g, 'please'],
];

/**
 * Normalises for matching: lower case, straight quotes, plain hyphens for dashes, zero-width
 * characters removed, whitespace runs collapsed (to a newline when the run held one, since a line
 * break ends a sentence), common shorthand expanded.
 *
 * @example normaliseText('We\u2019re  SORRY\u200b').text // -> "we're sorry"
 */
export function normaliseText(original: string): NormalisedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  while (index < original.length) {
    const codePoint = original.codePointAt(index) ?? 0;
    const char = String.fromCodePoint(codePoint);
    const end = index + char.length;
    if (ZERO_WIDTH.test(char)) {
      index = end;
      continue;
    }
    if (SPACE.test(char)) {
      const last = text.length - 1;
      if (last >= 0 && (text[last] === ' ' || text[last] === '\n')) {
        if (char === '\n' && text[last] === ' ') {
          text = text.slice(0, last) + '\n';
        }
        ends[last] = end;
      } else {
        text += char === '\n' ? '\n' : ' ';
        starts.push(index);
        ends.push(end);
      }
      index = end;
      continue;
    }
    let mapped = char;
    if (SINGLE_QUOTES.test(char)) {
      mapped = "'";
    } else if (DOUBLE_QUOTES.test(char)) {
      mapped = '"';
    } else if (DASHES.test(char)) {
      mapped = '-';
    } else {
      mapped = char.toLowerCase();
    }
    for (let unit = 0; unit < mapped.length; unit++) {
      starts.push(index);
      ends.push(end);
    }
    text += mapped;
    index = end;
  }
  let result: NormalisedText = { original, text, starts, ends };
  for (const [pattern, replacement] of SHORTHAND) {
    result = rewrite(result, pattern, replacement);
  }
  return result;
}

/** Replaces every match of `pattern` (global) by `replacement`, keeping the offset map. */
function rewrite(source: NormalisedText, pattern: RegExp, replacement: string): NormalisedText {
  pattern.lastIndex = 0;
  if (!pattern.test(source.text)) {
    return source;
  }
  pattern.lastIndex = 0;
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let cursor = 0;
  for (const match of source.text.matchAll(pattern)) {
    const at = match.index;
    for (let index = cursor; index < at; index++) {
      starts.push(source.starts[index]);
      ends.push(source.ends[index]);
    }
    text += source.text.slice(cursor, at);
    const from = source.starts[at];
    const to = source.ends[at + match[0].length - 1];
    for (let unit = 0; unit < replacement.length; unit++) {
      starts.push(from);
      ends.push(to);
    }
    text += replacement;
    cursor = at + match[0].length;
  }
  for (let index = cursor; index < source.text.length; index++) {
    starts.push(source.starts[index]);
    ends.push(source.ends[index]);
  }
  text += source.text.slice(cursor);
  return { original: source.original, text, starts, ends };
}

/**
 * Maps a span of the normalised text back to the original text (end exclusive). An empty span maps
 * to an empty span at the corresponding position.
 *
 * @example toOriginalSpan(normaliseText('Hi  THERE'), 3, 8) // -> { start: 4, end: 9 }
 */
export function toOriginalSpan(
  normalised: NormalisedText,
  start: number,
  end: number,
): { start: number; end: number } {
  const length = normalised.text.length;
  if (length === 0) {
    return { start: 0, end: 0 };
  }
  const from = Math.max(0, Math.min(start, length - 1));
  const to = Math.max(from, Math.min(end, length) - 1);
  if (end <= start) {
    const at = start >= length ? normalised.original.length : normalised.starts[from];
    return { start: at, end: at };
  }
  return { start: normalised.starts[from], end: normalised.ends[to] };
}
