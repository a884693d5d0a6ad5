/**
 * CSV export of report tables, made for the spreadsheet a manager will open it in.
 *
 * - RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled, CRLF line ends.
 * - Formula injection: a spreadsheet runs a cell starting with `=`, `+`, `-` or `@` as a formula
 *   (and tab or CR can smuggle one in), and theme terms or channel names come from the public.
 *   Such text cells get a leading `'`, which spreadsheets show as text. Number cells are left
 *   alone: -3 is a change, not an attack.
 * - Excel reads a file without a byte-order mark as the local code page and mangles accents, so
 *   `bom: true` adds one.
 */

export interface CsvColumn<Row> {
  /** The field of the row to write. */
  key: keyof Row & string;
  /** The header. */
  label: string;
  /** The value to write instead of `row[key]`, e.g. a formatted duration. */
  value?: (row: Row) => unknown;
}

export interface CsvOptions {
  /** Start with a UTF-8 byte-order mark so Excel reads accents right (default false). */
  bom?: boolean;
}

/** The byte-order mark, as the first character of the string. */
export const UTF8_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * A CSV document: a header row of the column labels, then one record per row. Every record,
 * the last included, ends with CRLF. Cells: null and undefined are empty, dates ISO 8601,
 * non-finite numbers empty, arrays joined with "; ", other objects as JSON.
 *
 * @example toCsv([{ key: 'term', label: 'Theme' }, { key: 'count', label: 'Mentions' }], rows)
 *   // 'Theme,Mentions\r\nparking,40\r\n…'
 */
export function toCsv<Row extends object>(
  columns: readonly CsvColumn<Row>[],
  rows: Iterable<Row>,
  options: CsvOptions = {},
): string {
  if (columns.length === 0) {
    throw new RangeError('A CSV needs at least one column.');
  }
  const lines = [columns.map((column) => csvCell(column.label)).join(',')];
  for (const row of rows) {
    lines.push(
      columns
        .map((column) => csvCell(column.value ? column.value(row) : row[column.key]))
        .join(','),
    );
  }
  return (options.bom ? UTF8_BOM : '') + lines.map((line) => `${line}\r\n`).join('');
}

/** One cell, protected against formula injection and quoted when it has to be. */
export function csvCell(value: unknown): string {
  const text = cellText(value);
  const numeric = typeof value === 'number' || typeof value === 'bigint';
  const safe = !numeric && FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? String(value) : '';
  }
  if (typeof value === 'bigint' || typeof value === 'boolean') {
    return String(value);
  }
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  }
  if (Array.isArray(value)) {
    return value.map((item) => cellText(item)).join('; ');
  }
  if (typeof value === 'object') {
    return JSON.stringify(value);
  }
  // Symbols and functions have no place in a report.
  return '';
}
