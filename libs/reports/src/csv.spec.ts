import { csvCell, type CsvColumn, toCsv, UTF8_BOM } from './csv';

interface ThemeRow {
  term: string;
  count: number;
  change: number | null;
}

const columns: CsvColumn<ThemeRow>[] = [
  { key: 'term', label: 'Theme' },
  { key: 'count', label: 'Mentions' },
  { key: 'change', label: 'Change (%)' },
];

describe('toCsv', () => {
  it('writes a header and one record per row, each ending with CRLF', () => {
    const csv = toCsv(columns, [
      { term: 'parking', count: 40, change: 660 },
      { term: 'wait time', count: 18, change: null },
    ]);
    expect(csv).toBe('Theme,Mentions,Change (%)\r\nparking,40,660\r\nwait time,18,\r\n');
  });

  it('writes only the header for no rows', () => {
    expect(toCsv(columns, [])).toBe('Theme,Mentions,Change (%)\r\n');
  });

  it('quotes fields with commas, quotes and line breaks, doubling quotes (RFC 4180)', () => {
    const csv = toCsv(columns, [
      { term: 'food, coffee', count: 1, change: 0 },
      { term: 'the "new" wing', count: 2, change: 0 },
      { term: 'line\nbreak', count: 3, change: 0 },
      { term: 'carriage\rreturn', count: 4, change: 0 },
    ]);
    expect(csv.split('\r\n').slice(1, -1)).toEqual([
      '"food, coffee",1,0',
      '"the ""new"" wing",2,0',
      '"line\nbreak",3,0',
      '"carriage\rreturn",4,0',
    ]);
  });

  it('quotes headers like any other field', () => {
    const csv = toCsv([{ key: 'count', label: 'Mentions, total' }], [{ count: 1 }]);
    expect(csv).toBe('"Mentions, total"\r\n1\r\n');
  });

  it('adds a UTF-8 byte-order mark for Excel when asked', () => {
    const csv = toCsv(columns, [{ term: 'café', count: 1, change: null }], { bom: true });
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe(toCsv(columns, [{ term: 'café', count: 1, change: null }]));
    expect(toCsv(columns, []).startsWith(UTF8_BOM)).toBe(false);
  });

  it('uses a column value function when given', () => {
    const csv = toCsv(
      [
        { key: 'term', label: 'Theme' },
        {
          key: 'change',
          label: 'Change',
          value: (row: ThemeRow) => (row.change === null ? 'new' : `${row.change}%`),
        },
      ],
      [
        { term: 'valet', count: 2, change: null },
        { term: 'parking', count: 40, change: 660 },
      ],
    );
    expect(csv).toBe('Theme,Change\r\nvalet,new\r\nparking,660%\r\n');
  });

  it('accepts any iterable of rows', () => {
    function* rows(): Generator<ThemeRow> {
      yield { term: 'parking', count: 1, change: null };
    }
    expect(toCsv(columns, rows())).toBe('Theme,Mentions,Change (%)\r\nparking,1,\r\n');
  });

  it('refuses a table without columns', () => {
    expect(() => toCsv([], [])).toThrow(RangeError);
  });
});

describe('csvCell', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+1 555 0100', "'+1 555 0100"],
    ['-2+3', "'-2+3"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
    ['=HYPERLINK("http://x", "click")', `"'=HYPERLINK(""http://x"", ""click"")"`],
    ['=1,2', `"'=1,2"`],
  ])('protects %j against formula injection', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('leaves safe text alone', () => {
    expect(csvCell('wait time')).toBe('wait time');
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(' =leading space')).toBe(' =leading space');
    expect(csvCell("it's")).toBe("it's");
  });

  it('leaves numbers alone, negative ones included', () => {
    expect(csvCell(-20)).toBe('-20');
    expect(csvCell(0.25)).toBe('0.25');
    expect(csvCell(BigInt(-3))).toBe('-3');
  });

  it('writes other values predictably', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(new Date('2026-11-23T14:00:00Z'))).toBe('2026-11-23T14:00:00.000Z');
    expect(csvCell(new Date(Number.NaN))).toBe('');
    expect(csvCell(['facebook', 'instagram'])).toBe('facebook; instagram');
    expect(csvCell({ a: 1, b: 'x' })).toBe('"{""a"":1,""b"":""x""}"');
    expect(csvCell(Symbol('x'))).toBe('');
  });

  it('protects joined lists that start like a formula', () => {
    expect(csvCell(['=1', 'x'])).toBe("'=1; x");
  });

  it('keeps accents and emoji as they are', () => {
    expect(csvCell('crème brûlée 🙏')).toBe('crème brûlée 🙏');
  });
});
