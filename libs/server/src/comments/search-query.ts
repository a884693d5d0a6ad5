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

/** PostgreSQL tsquery: `parking & garage:*`. */
export function toTsQuery(terms: string[]): string {
  return terms.map((term, index) => `${term}${index === terms.length - 1 ? ':*' : ''}`).join(' & ');
}
