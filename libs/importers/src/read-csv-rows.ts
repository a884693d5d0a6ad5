import { CsvError, parse, type Parser } from 'csv-parse';

import { DEFAULT_MAX_ROW_LENGTH, type ImportRow, type ReadRowsOptions } from './import-row';

const NEWLINE = 0x0a;

/**
 * Counts file lines by byte offset. csv-parse's own `lines` counter drifts by one for every CRLF
 * inside a quoted field (csv-parse 7.0), so lines are counted here from the bytes instead, and
 * csv-parse's `bytes` (end of each record, BOM included) says where each record stops. Only the
 * newline offsets of bytes that csv-parse has not finished with yet are kept.
 */
class LineCounter {
  private offsets: number[] = [];
  private head = 0;
  private linesBefore = 0;
  private bytesSeen = 0;

  add(chunk: Buffer): void {
    for (
      let index = chunk.indexOf(NEWLINE);
      index !== -1;
      index = chunk.indexOf(NEWLINE, index + 1)
    ) {
      this.offsets.push(this.bytesSeen + index);
    }
    this.bytesSeen += chunk.length;
  }

  /** The 1-based line of the byte at `offset`; offsets must not go backwards. */
  lineAt(offset: number): number {
    while (this.head < this.offsets.length && (this.offsets[this.head] ?? 0) < offset) {
      this.head += 1;
      this.linesBefore += 1;
    }
    if (this.head > 1024) {
      this.offsets = this.offsets.slice(this.head);
      this.head = 0;
    }
    return this.linesBefore + 1;
  }
}

function describeCsvError(error: unknown, maxRowLength: number): string {
  if (!(error instanceof CsvError)) {
    return `invalid CSV: ${error instanceof Error ? error.message : String(error)}`;
  }
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field is still open at the end of the file';
    case 'CSV_MAX_RECORD_SIZE':
      return `row is longer than ${maxRowLength} characters`;
    default:
      // csv-parse messages quote the offending field text and count lines its own way.
      return `invalid CSV (${error.code})`;
  }
}

function isBlank(record: string[]): boolean {
  return record.length === 1 && (record[0] ?? '').trim().length === 0;
}

/**
 * Reads CSV with a header row: each later record becomes an object keyed by the header's
 * (trimmed) column names. Quoted fields may hold commas, quotes and newlines; a record's `line`
 * is the line it starts on. A record whose column count differs from the header's is reported
 * and skipped; blank lines are skipped. For example `id,text\nfb_1,"Ward 4, bed 2"\nfb_2\n` yields
 * `{ line: 2, value: { id: 'fb_1', text: 'Ward 4, bed 2' } }` then
 * `{ line: 3, error: 'expected 2 columns as in the header, found 1' }`.
 */
export async function* readCsvRows(
  chunks: AsyncIterable<string | Buffer>,
  options: ReadRowsOptions = {},
): AsyncGenerator<ImportRow> {
  const maxRowLength = options.maxRowLength ?? DEFAULT_MAX_ROW_LENGTH;
  const lines = new LineCounter();
  const ready: ImportRow[] = [];
  let header: string[] | null = null;
  let recordStart = 0;

  const parser: Parser = parse({
    bom: true,
    // Column counts are checked against the header below so that a bad row is reported, not fatal.
    relax_column_count: true,
    // A stray quote inside a field is kept as text: csv-parse's recovery after an invalid closing
    // quote also swallows the record after it, so reporting it would lose a good row.
    relax_quotes: true,
    max_record_size: maxRowLength,
    // Records are taken synchronously here, in file order, instead of through the readable side.
    on_record: (record: string[], context) => {
      const line = lines.lineAt(recordStart);
      recordStart = context.bytes;
      if (isBlank(record)) {
        return undefined;
      }
      if (header === null) {
        header = record.map((name) => name.trim());
        return undefined;
      }
      if (record.length !== header.length) {
        ready.push({
          line,
          error: `expected ${header.length} columns as in the header, found ${record.length}`,
        });
        return undefined;
      }
      const value: Record<string, unknown> = {};
      header.forEach((name, column) => {
        if (name.length > 0) {
          value[name] = record[column];
        }
      });
      ready.push({ line, value });
      return undefined;
    },
  });
  let failure: unknown = null;
  parser.on('error', (error) => {
    failure ??= error;
  });
  const finished = new Promise<void>((resolve) => {
    parser.on('finish', resolve);
    parser.on('error', () => resolve());
  });

  try {
    for await (const chunk of chunks) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      lines.add(bytes);
      await new Promise<void>((resolve) =>
        parser.write(bytes, (error) => {
          failure ??= error ?? null;
          resolve();
        }),
      );
      yield* ready.splice(0);
      if (failure !== null) {
        break;
      }
    }
    if (failure === null) {
      parser.end();
      await finished;
      yield* ready.splice(0);
    }
    if (failure !== null) {
      yield { line: lines.lineAt(recordStart), error: describeCsvError(failure, maxRowLength) };
    }
  } finally {
    parser.destroy();
  }
}
