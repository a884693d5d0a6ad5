import { decodeUtf8 } from './decode-utf8';
import { DEFAULT_MAX_ROW_LENGTH, type ImportRow, type ReadRowsOptions } from './import-row';
import { parseJsonRecord } from './parse-json-record';

/**
 * Reads JSON Lines: one object per line; blank lines are skipped and a bad line is reported
 * without stopping. stream-json's JSONL parser is not used because it numbers the objects it
 * emits, not the file lines, and stops at the first bad line; splitting on "\n" is all it takes.
 * For example `{"id":"fb_1"}\r\n\r\n[1]\r\n` yields `{ line: 1, value: { id: 'fb_1' } }` then
 * `{ line: 3, error: 'expected an object, found an array' }`.
 */
export async function* readJsonlRows(
  chunks: AsyncIterable<string | Buffer>,
  options: ReadRowsOptions = {},
): AsyncGenerator<ImportRow> {
  const maxRowLength = options.maxRowLength ?? DEFAULT_MAX_ROW_LENGTH;
  let line = 0;
  let partial = '';
  let isSkippingLongLine = false;
  for await (const text of decodeUtf8(chunks)) {
    let start = 0;
    for (let newline = text.indexOf('\n'); newline !== -1; newline = text.indexOf('\n', start)) {
      line += 1;
      const row = partial + text.slice(start, newline);
      partial = '';
      start = newline + 1;
      if (isSkippingLongLine) {
        isSkippingLongLine = false;
        continue;
      }
      if (row.length > maxRowLength) {
        yield { line, error: tooLong(maxRowLength) };
        continue;
      }
      const parsed = parseLine(row, line);
      if (parsed !== null) {
        yield parsed;
      }
    }
    if (isSkippingLongLine) {
      continue;
    }
    partial += text.slice(start);
    if (partial.length > maxRowLength) {
      yield { line: line + 1, error: tooLong(maxRowLength) };
      partial = '';
      isSkippingLongLine = true;
    }
  }
  if (!isSkippingLongLine && partial.length > 0) {
    const parsed = parseLine(partial, line + 1);
    if (parsed !== null) {
      yield parsed;
    }
  }
}

function tooLong(maxRowLength: number): string {
  return `line is longer than ${maxRowLength} characters`;
}

function parseLine(row: string, line: number): ImportRow | null {
  const text = row.endsWith('\r') ? row.slice(0, -1) : row;
  if (text.trim().length === 0) {
    return null;
  }
  const result = parseJsonRecord(text, line);
  return 'error' in result ? { line, error: result.error } : { line, value: result.value };
}
