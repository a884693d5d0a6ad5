import { Readable } from 'node:stream';

import { type ImportRow, type ReadRowsOptions } from './import-row';
import { readJsonRows } from './read-json-rows';

async function collect(input: string, options?: ReadRowsOptions): Promise<ImportRow[]> {
  const rows: ImportRow[] = [];
  for await (const row of readJsonRows(Readable.from([input]), options)) {
    rows.push(row);
  }
  return rows;
}

const PRETTY = `[
  {
    "id": "fb_1",
    "text": "Thank you, 4 West!"
  },
  {
    "id": "fb_2",
    "text": "Braces } and ] and \\"quotes\\" inside a string",
    "tags": ["a", {"b": [1, 2]}]
  }
]
`;

describe('readJsonRows', () => {
  it.each<[string, string, ImportRow[]]>([
    [
      'a pretty-printed array, rows at the line of their "{"',
      PRETTY,
      [
        { line: 2, value: { id: 'fb_1', text: 'Thank you, 4 West!' } },
        {
          line: 6,
          value: {
            id: 'fb_2',
            text: 'Braces } and ] and "quotes" inside a string',
            tags: ['a', { b: [1, 2] }],
          },
        },
      ],
    ],
    [
      'a single-line array',
      '[{"id":"fb_1"},{"id":"fb_2"} , {"id":"fb_3"}]',
      [
        { line: 1, value: { id: 'fb_1' } },
        { line: 1, value: { id: 'fb_2' } },
        { line: 1, value: { id: 'fb_3' } },
      ],
    ],
    ['an empty array', ' [ \n ] \n', []],
    [
      'elements that are not objects',
      '[\n"text",\n42,\ntrue,\nnull,\n[1],\n{"id":"ok"},\n-1.5e3\n]',
      [
        { line: 2, error: 'expected an object, found a string' },
        { line: 3, error: 'expected an object, found a number' },
        { line: 4, error: 'expected an object, found a boolean' },
        { line: 5, error: 'expected an object, found null' },
        { line: 6, error: 'expected an object, found an array' },
        { line: 7, value: { id: 'ok' } },
        { line: 8, error: 'expected an object, found a number' },
      ],
    ],
    [
      'a syntax error in one element, the rest still read',
      '[\n  {"id": "fb_1"},\n  {"id": "fb_2",\n   "text": tru},\n  {"id": "fb_3", },\n  {"id": "fb_4"}\n]',
      [
        { line: 2, value: { id: 'fb_1' } },
        { line: 3, error: "invalid JSON: Unexpected token '}'" },
        { line: 5, error: expect.stringMatching(/^invalid JSON: .* at line 5$/) as string },
        { line: 6, value: { id: 'fb_4' } },
      ],
    ],
    [
      'a bad bare word between elements',
      '[{"id":"fb_1"},\nnope,\n{"id":"fb_2"}]',
      [
        { line: 1, value: { id: 'fb_1' } },
        { line: 2, error: expect.stringMatching(/^invalid JSON: /) as string },
        { line: 3, value: { id: 'fb_2' } },
      ],
    ],
    [
      'a missing comma',
      '[{"id":"fb_1"}\n{"id":"fb_2"}]',
      [
        { line: 1, value: { id: 'fb_1' } },
        { line: 2, error: 'missing "," between two elements' },
        { line: 2, value: { id: 'fb_2' } },
      ],
    ],
    [
      'a trailing comma',
      '[{"id":"fb_1"},\n]',
      [
        { line: 1, value: { id: 'fb_1' } },
        { line: 2, error: 'trailing "," before the closing "]"' },
      ],
    ],
    [
      'an empty element',
      '[{"id":"fb_1"},,{"id":"fb_2"}]',
      [
        { line: 1, value: { id: 'fb_1' } },
        { line: 1, error: 'empty element between two ","' },
        { line: 1, value: { id: 'fb_2' } },
      ],
    ],
    [
      'a file truncated inside an element',
      '[\n  {"id": "fb_1"},\n  {"id": "fb_2", "text": "Thank yo',
      [
        { line: 2, value: { id: 'fb_1' } },
        { line: 3, error: 'the file ends inside this element (is it truncated?)' },
      ],
    ],
    [
      'a file truncated after an element',
      '[\n  {"id": "fb_1"},\n  {"id": "fb_2"}\n',
      [
        { line: 2, value: { id: 'fb_1' } },
        { line: 3, value: { id: 'fb_2' } },
        { line: 4, error: 'the file ends before the closing "]" (is it truncated?)' },
      ],
    ],
    [
      'a file truncated after a comma',
      '[{"id": "fb_1"},',
      [
        { line: 1, value: { id: 'fb_1' } },
        { line: 1, error: 'the file ends before the closing "]" (is it truncated?)' },
      ],
    ],
    ['an empty file', '\n\n', [{ line: 3, error: 'expected a JSON array, but the file is empty' }]],
    [
      'a file that is not an array',
      '\n{"id": "fb_1"}',
      [{ line: 2, error: 'expected a JSON array: the file must start with "["' }],
    ],
    [
      'content after the array',
      '[{"id": "fb_1"}]\n[{"id": "fb_2"}]',
      [
        { line: 1, value: { id: 'fb_1' } },
        { line: 2, error: 'unexpected content after the closing "]"' },
      ],
    ],
    [
      'an escaped backslash before a closing quote',
      '[{"path": "C:\\\\", "id": "x"}]',
      [{ line: 1, value: { path: 'C:\\', id: 'x' } }],
    ],
    [
      'a byte order mark and CRLF line ends',
      '\uFEFF[\r\n{"id": "fb_1"},\r\n{"id": "fb_2"}\r\n]\r\n',
      [
        { line: 2, value: { id: 'fb_1' } },
        { line: 3, value: { id: 'fb_2' } },
      ],
    ],
  ])('reads %s', async (_case, input, expected) => {
    await expect(collect(input)).resolves.toEqual(expected);
  });

  it('reports an element longer than maxRowLength without keeping it, then goes on', async () => {
    const input = `[{"id": "fb_1", "text": "${'x'.repeat(200)}"},\n{"id": "fb_2"}]`;
    await expect(collect(input, { maxRowLength: 100 })).resolves.toEqual([
      { line: 1, error: 'element is longer than 100 characters' },
      { line: 2, value: { id: 'fb_2' } },
    ]);
  });
});
