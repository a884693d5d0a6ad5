/**
 * A payload field as a string: webhook bodies are signed but not typed, and a number where a
 * string was documented (or an object where text was) must not reach hashing or storage.
 *
 * @example stringOf(4821) // '4821'
 */
export function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') {
    return value === '' ? undefined : value;
  }
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
}

/** Comment text, or '' when the field is absent or not text. */
export function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
