export type JsonRecordResult = { value: Record<string, unknown> } | { error: string };

/**
 * Parses the text of one JSON row and checks that it is an object. `firstLine` is the file line
 * the text starts on, used to turn V8's character position into a file line. For example
 * `('{\n"id" "fb_1"}', 7)` gives `{ error: "invalid JSON: Expected ':' after property name at line 8" }`.
 */
export function parseJsonRecord(text: string, firstLine: number): JsonRecordResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: describeJsonError(error, text, firstLine) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: `expected an object, found ${describeJsonType(value)}` };
  }
  return { value: value as Record<string, unknown> };
}

function describeJsonType(value: unknown): string {
  if (value === null) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return 'an array';
  }
  return `a ${typeof value}`;
}

// V8 messages look like `Unexpected token '}', "{"a": tru}" is not valid JSON` (the quoted source
// cut with "..." when long) or
// `Expected ',' or '}' after property value in JSON at position 33 (line 1 column 34)`. The quoted
// source may be comment text (PHI), and import errors are logged and shown, so it is dropped; the
// position becomes a file line (a column would be off for array elements that start mid-line).
const QUOTED_SOURCE = /, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s;
const POSITION = / in JSON at position (\d+)(?: \(line \d+ column \d+\))?$/;

function describeJsonError(error: unknown, text: string, firstLine: number): string {
  const message = (error instanceof Error ? error.message : String(error)).replace(
    QUOTED_SOURCE,
    '',
  );
  const match = POSITION.exec(message);
  if (match === null) {
    return `invalid JSON: ${message}`;
  }
  const position = Number(match[1]);
  let line = firstLine;
  for (let index = text.indexOf('\n'); index !== -1 && index < position;) {
    line += 1;
    index = text.indexOf('\n', index + 1);
  }
  return `invalid JSON: ${message.slice(0, match.index)} at line ${line}`;
}
