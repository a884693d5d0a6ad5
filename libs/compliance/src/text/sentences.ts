/** A sentence of a normalised text: `[start, end)` offsets and its text. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

// Abbreviations whose full stop does not end a sentence ("Dr. Patel", "St. Mary's", "e.g. flu").
const ABBREVIATION = /\b(?:dr|mr|mrs|ms|st|vs|no|e\.g|i\.e|etc|jr|sr|approx|dept|ext|a\.m|p\.m)\.$/;

/**
 * Splits a normalised text into sentences at `.`, `!`, `?` (runs of them) followed by a space or the
 * end, and at line breaks; abbreviations such as "dr." do not end a sentence. Leading and trailing
 * spaces are not part of a sentence; empty sentences are dropped.
 *
 * @example splitSentences('call 911 now. please don\'t wait!').map((s) => s.text)
 *   // -> ['call 911 now.', "please don't wait!"]
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    let from = start;
    let to = end;
    while (from < to && /\s/.test(text[from])) from++;
    while (to > from && /\s/.test(text[to - 1])) to--;
    if (to > from) {
      sentences.push({ start: from, end: to, text: text.slice(from, to) });
    }
    start = end;
  };
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '\n') {
      push(index);
      continue;
    }
    if (char !== '.' && char !== '!' && char !== '?') {
      continue;
    }
    let end = index + 1;
    while (end < text.length && /[.!?]/.test(text[end])) end++;
    const next = text[end];
    if (next !== undefined && next !== ' ' && next !== '\n') {
      index = end - 1;
      continue;
    }
    if (
      char === '.' &&
      end === index + 1 &&
      ABBREVIATION.test(text.slice(Math.max(0, start), end))
    ) {
      continue;
    }
    push(end);
    index = end - 1;
  }
  push(text.length);
  return sentences;
}

/** The sentence holding offset `at` (the last one when `at` is past the end). */
export function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | undefined {
  return (
    sentences.find((sentence) => at >= sentence.start && at < sentence.end) ?? sentences.at(-1)
  );
}
