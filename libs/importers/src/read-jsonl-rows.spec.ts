import { Readable } from 'node:stream';

import { type ImportRow, type ReadRowsOptions } from './import-row';
import { readJsonlRows } from './read-jsonl-rows';

async function collect(input: string, options?: ReadRowsOptions): Promise<ImportRow[]> {
  const rows: ImportRow[] = [];
  for await (const row of readJsonlRows(Readable.from([input]), options)) {
    rows.push(row);
  }
  return rows;
}

describe('readJsonlRows', () => {
  it.each<[string, string, ImportRow[]]>([
    [
      'one object per line',
      '{"id":"fb_1"}\n{"id":"fb_2","text":"Line\\nbreak"}\n',
      [
        { line: 1, value: { id: 'fb_1' } },
        { line: 2, value: { id: 'fb_2', text: 'Line\nbreak' } },
      ],
    ],
    [
      'blank and whitespace-only lines, skipped but counted',
      '\n{"id":"fb_1"}\n\n   \n\t\n{"id":"fb_2"}\n\n',
      [
        { line: 2, value: { id: 'fb_1' } },
        { line: 6, value: { id: 'fb_2' } },
      ],
    ],
    [
      'a bad line between good ones',
      '{"id":"fb_1"}\n{"id" "fb_2"}\n{"id":"fb_3"}',
      [
        { line: 1, value: { id: 'fb_1' } },
        { line: 2, error: expect.stringMatching(/^invalid JSON: .* at line 2$/) as string },
        { line: 3, value: { id: 'fb_3' } },
      ],
    ],
    [
      'lines that are not objects',
      '[{"id":"fb_1"}]\n"text"\nnull\n',
      [
        { line: 1, error: 'expected an object, found an array' },
        { line: 2, error: 'expected an object, found a string' },
        { line: 3, error: 'expected an object, found null' },
      ],
    ],
    [
      'CRLF line ends',
      '{"id":"fb_1"}\r\n\r\n{"id":"fb_2"}\r\n',
      [
        { line: 1, value: { id: 'fb_1' } },
        { line: 3, value: { id: 'fb_2' } },
      ],
    ],
    [
      'a byte order mark',
      '\uFEFF{"id":"fb_1"}\n{"id":"fb_2"}',
      [
        { line: 1, value: { id: 'fb_1' } },
        { line: 2, value: { id: 'fb_2' } },
      ],
    ],
    [
      'a truncated last line',
      '{"id":"fb_1"}\n{"id":"fb_2","te',
      [
        { line: 1, value: { id: 'fb_1' } },
        { line: 2, error: expect.stringMatching(/^invalid JSON: /) as string },
      ],
    ],
    ['an empty file', '', []],
  ])('reads %s', async (_case, input, expected) => {
    await expect(collect(input)).resolves.toEqual(expected);
  });

  it('reports a line longer than maxRowLength without keeping it, then goes on', async () => {
    const input = `{"id":"fb_1","text":"${'x'.repeat(200)}"}\n{"id":"fb_2"}\n`;
    await expect(collect(input, { maxRowLength: 100 })).resolves.toEqual([
      { line: 1, error: 'line is longer than 100 characters' },
      { line: 2, value: { id: 'fb_2' } },
    ]);
  });
});
