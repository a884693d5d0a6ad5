import { Readable } from 'node:stream';

import { type ImportRow, type ReadRowsOptions } from './import-row';
import { readCsvRows } from './read-csv-rows';

async function collect(input: string, options?: ReadRowsOptions): Promise<ImportRow[]> {
  const rows: ImportRow[] = [];
  for await (const row of readCsvRows(Readable.from([input]), options)) {
    rows.push(row);
  }
  return rows;
}

describe('readCsvRows', () => {
  it.each<[string, string, ImportRow[]]>([
    [
      'a header row and records',
      'id,text,author\nfb_1,Thank you,Ana\nfb_2,Where do I park?,Sam\n',
      [
        { line: 2, value: { id: 'fb_1', text: 'Thank you', author: 'Ana' } },
        { line: 3, value: { id: 'fb_2', text: 'Where do I park?', author: 'Sam' } },
      ],
    ],
    [
      'quoted fields with commas, quotes and newlines, at the line where the record starts',
      'id,text\nfb_1,"Ward 4, bed 2"\nfb_2,"She said ""thanks"""\nfb_3,"Two\nlines\nhere"\nfb_4,last\n',
      [
        { line: 2, value: { id: 'fb_1', text: 'Ward 4, bed 2' } },
        { line: 3, value: { id: 'fb_2', text: 'She said "thanks"' } },
        { line: 4, value: { id: 'fb_3', text: 'Two\nlines\nhere' } },
        { line: 7, value: { id: 'fb_4', text: 'last' } },
      ],
    ],
    [
      'rows with the wrong number of columns, reported and skipped',
      'id,text\nfb_1,ok\nfb_2\nfb_3,too,many\nfb_4,"ok, too"\n',
      [
        { line: 2, value: { id: 'fb_1', text: 'ok' } },
        { line: 3, error: 'expected 2 columns as in the header, found 1' },
        { line: 4, error: 'expected 2 columns as in the header, found 3' },
        { line: 5, value: { id: 'fb_4', text: 'ok, too' } },
      ],
    ],
    [
      'a byte order mark and CRLF line ends, also inside a quoted field',
      '\uFEFFid,text\r\nfb_1,"Two\r\nlines"\r\n\r\nfb_2,ok\r\n',
      [
        { line: 2, value: { id: 'fb_1', text: 'Two\r\nlines' } },
        { line: 5, value: { id: 'fb_2', text: 'ok' } },
      ],
    ],
    [
      'blank lines before the header and between records',
      '\n\nid,text\n\n  \nfb_1,ok\n\n',
      [{ line: 6, value: { id: 'fb_1', text: 'ok' } }],
    ],
    [
      'header names trimmed, unnamed columns dropped',
      ' id , text ,\nfb_1,ok,extra\n',
      [{ line: 2, value: { id: 'fb_1', text: 'ok' } }],
    ],
    [
      'a stray quote inside a field, kept as text',
      'id,text\nfb_1,5" screen\nfb_2,"ok"x\nfb_3,next\n',
      [
        { line: 2, value: { id: 'fb_1', text: '5" screen' } },
        { line: 3, value: { id: 'fb_2', text: '"ok"x' } },
        { line: 4, value: { id: 'fb_3', text: 'next' } },
      ],
    ],
    [
      'a quoted field left open at the end of the file',
      'id,text\nfb_1,ok\nfb_2,"never closed\nfb_3,lost\n',
      [
        { line: 2, value: { id: 'fb_1', text: 'ok' } },
        { line: 3, error: 'a quoted field is still open at the end of the file' },
      ],
    ],
    ['only a header', 'id,text\n', []],
    ['an empty file', '', []],
    [
      'a last record without a line end',
      'id,text\nfb_1,ok',
      [{ line: 2, value: { id: 'fb_1', text: 'ok' } }],
    ],
  ])('reads %s', async (_case, input, expected) => {
    await expect(collect(input)).resolves.toEqual(expected);
  });

  it('stops at a field longer than maxRowLength instead of buffering the rest of the file', async () => {
    const input = `id,text\nfb_1,ok\nfb_2,"${'x'.repeat(500)}\nfb_3,ok\n`;
    await expect(collect(input, { maxRowLength: 100 })).resolves.toEqual([
      { line: 2, value: { id: 'fb_1', text: 'ok' } },
      { line: 3, error: 'row is longer than 100 characters' },
    ]);
  });
});
