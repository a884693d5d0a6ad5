/**
 * Turns what a person typed into the search box into a full-text query: the words must all
 * appear, and the last one may be a prefix (so results appear while typing). Operators and
 * punctuation are dropped rather than interpreted, so no input can produce a syntax error.
 *
 * @example toSearchTerms('parking  garage!') → ['parking', 'garage']
 */
export function toSearchTerms(input: string): string[] {
  return (input.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
}

/** FTS5 MATCH expression: `"parking" "garage"*`. */
export function toFts5Query(terms: string[]): string {
  return terms.map((term, index) => `"${term}"${index === terms.length - 1 ? '*' : ''}`).join(' ');
}

/**
 * True when FTS5 indexes `term` exactly as written, so its completions can be looked up in the
 * index's vocabulary: lowercase ASCII letters and digits (the unicode61 tokenizer folds other
 * letters, such as `í` to `i`, and this code does not repeat its rules).
 */
export function isVerbatimTerm(term: string): boolean {
  return /^[a-z0-9]+$/.test(term);
}

/**
 * The same search as toFts5Query with the last term's prefix spelled out as the indexed words
 * that start with it (at least one): `"parking" "garage"`, or
 * `"parking" AND ("garage" OR "garages")` (FTS5 only joins bare phrases by juxtaposition). FTS5
 * answers a list of whole words without merging every prefix match first.
 */
export function toFts5QueryWithCompletions(terms: string[], completions: string[]): string {
  const phrases = terms.slice(0, -1).map((term) => `"${term}"`);
  if (completions.length === 1) {
    return [...phrases, `"${completions[0]}"`].join(' ');
  }
  const last = `(${completions.map((word) => `"${word}"`).join(' OR ')})`;
  return [...phrases, last].join(' AND ');
}

/** PostgreSQL tsquery: `parking & garage:*`. */
export function toTsQuery(terms: string[]): string {
  return terms.map((term, index) => `${term}${index === terms.length - 1 ? ':*' : ''}`).join(' & ');
}
