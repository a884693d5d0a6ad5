import { decodeUtf8 } from './decode-utf8';
import { DEFAULT_MAX_ROW_LENGTH, type ImportRow, type ReadRowsOptions } from './import-row';
import { parseJsonRecord } from './parse-json-record';

// Why a hand-written splitter and not stream-json: stream-json's parser gives no positions, so
// it cannot say on which line an element starts, and it throws at the first syntax error, so one
// bad element would end the import. This scanner only finds where each top-level element of the
// array starts and ends (tracking strings, escapes, bracket depth and newlines) and hands each
// element to JSON.parse, which does the actual validation. Memory is one element at a time.

const NEWLINE = 0x0a;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

type State =
  | 'before-array' // nothing but whitespace read so far
  | 'before-element' // after "[" or ","
  | 'in-element'
  | 'after-element' // an object, array or string element just closed
  | 'after-array'; // after the closing "]"

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0d || code === NEWLINE;
}

/**
 * Reads a JSON array of objects element by element. A bad element is reported with the line it
 * starts on and reading goes on while the array's brackets and strings still line up; a file
 * that ends early keeps the elements read before the cut and reports the truncation. For example
 * `[\n{"id": "fb_1"},\n{"id": tru}\n]` yields `{ line: 2, value: { id: 'fb_1' } }` then
 * `{ line: 3, error: "invalid JSON: Unexpected token '}'" }`.
 */
export async function* readJsonRows(
  chunks: AsyncIterable<string | Buffer>,
  options: ReadRowsOptions = {},
): AsyncGenerator<ImportRow> {
  const maxRowLength = options.maxRowLength ?? DEFAULT_MAX_ROW_LENGTH;
  let state: State = 'before-array';
  let line = 1;
  let hasComma = false;
  // The element being read: its first line, its text from earlier chunks, and scanner state.
  let elementLine = 0;
  let parts: string[] = [];
  let partsLength = 0;
  let isTooLong = false;
  let depth = 0;
  let isInString = false;
  let isEscaped = false;

  const finishElement = (text: string, start: number, end: number): ImportRow => {
    const tooLong = isTooLong || partsLength + (end - start) > maxRowLength;
    const elementText = tooLong ? '' : parts.join('') + text.slice(start, end);
    parts = [];
    partsLength = 0;
    isTooLong = false;
    if (tooLong) {
      return { line: elementLine, error: `element is longer than ${maxRowLength} characters` };
    }
    const result = parseJsonRecord(elementText.trimEnd(), elementLine);
    return 'error' in result
      ? { line: elementLine, error: result.error }
      : { line: elementLine, value: result.value };
  };

  for await (const text of decodeUtf8(chunks)) {
    let elementStart = 0;
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (state === 'in-element') {
        if (code === NEWLINE) {
          line += 1;
          isEscaped = false;
        } else if (isInString) {
          if (isEscaped) {
            isEscaped = false;
          } else if (code === BACKSLASH) {
            isEscaped = true;
          } else if (code === QUOTE) {
            isInString = false;
            if (depth === 0) {
              yield finishElement(text, elementStart, index + 1);
              state = 'after-element';
            }
          }
        } else if (code === QUOTE) {
          isInString = true;
        } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
          depth += 1;
        } else if ((code === CLOSE_BRACE || code === CLOSE_BRACKET) && depth > 0) {
          depth -= 1;
          if (depth === 0) {
            yield finishElement(text, elementStart, index + 1);
            state = 'after-element';
          }
        } else if ((code === COMMA || code === CLOSE_BRACKET) && depth === 0) {
          // A number, true, false or null ends at the next "," or "]".
          yield finishElement(text, elementStart, index);
          state = code === COMMA ? 'before-element' : 'after-array';
          hasComma = code === COMMA;
        }
        continue;
      }
      if (code === NEWLINE) {
        line += 1;
        continue;
      }
      if (isWhitespace(code)) {
        continue;
      }
      if (state === 'before-array') {
        if (code !== OPEN_BRACKET) {
          yield { line, error: 'expected a JSON array: the file must start with "["' };
          return;
        }
        state = 'before-element';
        hasComma = false;
      } else if (state === 'after-array') {
        yield { line, error: 'unexpected content after the closing "]"' };
        return;
      } else if (code === CLOSE_BRACKET) {
        if (state === 'before-element' && hasComma) {
          yield { line, error: 'trailing "," before the closing "]"' };
        }
        state = 'after-array';
      } else if (code === COMMA) {
        if (state === 'before-element') {
          yield { line, error: 'empty element between two ","' };
        }
        state = 'before-element';
        hasComma = true;
      } else {
        if (state === 'after-element') {
          yield { line, error: 'missing "," between two elements' };
        }
        state = 'in-element';
        elementLine = line;
        elementStart = index;
        depth = 0;
        isInString = false;
        isEscaped = false;
        index -= 1; // scan this character again as the element's first
      }
    }
    if (state === 'in-element') {
      const rest = text.length - elementStart;
      if (isTooLong || partsLength + rest > maxRowLength) {
        isTooLong = true;
        parts = [];
      } else {
        parts.push(text.slice(elementStart));
      }
      partsLength += rest;
    }
  }

  if (state === 'before-array') {
    yield { line, error: 'expected a JSON array, but the file is empty' };
  } else if (state === 'in-element') {
    yield { line: elementLine, error: 'the file ends inside this element (is it truncated?)' };
  } else if (state !== 'after-array') {
    yield { line, error: 'the file ends before the closing "]" (is it truncated?)' };
  }
}
