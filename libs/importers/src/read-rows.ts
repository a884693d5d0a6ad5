import { type ImportFormat, type ImportRow, type ReadRowsOptions } from './import-row';
import { readCsvRows } from './read-csv-rows';
import { readJsonRows } from './read-json-rows';
import { readJsonlRows } from './read-jsonl-rows';

/**
 * Streams the rows of an import file from its chunks (for example an `fs.createReadStream`),
 * holding one row at a time rather than the file. Each row is `{ line, value }` with the parsed
 * record, or `{ line, error }` with a message that never quotes the file's text; `line` is the
 * 1-based line where the row starts. After a bad row, reading goes on with the next one whenever
 * the format allows it (a broken JSONL line or CSV column count always; a JSON element while the
 * array's brackets still line up). A UTF-8 byte order mark and CRLF line ends are accepted. For
 * example `readRows(Readable.from(['[{"id":"fb_1"},\n', ' 42]']), 'json')` yields
 * `{ line: 1, value: { id: 'fb_1' } }` then `{ line: 2, error: 'expected an object, found a number' }`.
 */
export function readRows(
  chunks: AsyncIterable<string | Buffer>,
  format: ImportFormat,
  options: ReadRowsOptions = {},
): AsyncGenerator<ImportRow> {
  switch (format) {
    case 'json':
      return readJsonRows(chunks, options);
    case 'jsonl':
      return readJsonlRows(chunks, options);
    case 'csv':
      return readCsvRows(chunks, options);
  }
}
