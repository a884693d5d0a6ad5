import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import { type ImportFormat, type ImportRow } from './import-row';
import { readRows } from './read-rows';

async function collect(chunks: Readable, format: ImportFormat) {
  const rows: ImportRow[] = [];
  for await (const row of readRows(chunks, format)) {
    rows.push(row);
  }
  return rows;
}

/** Streams the UTF-8 bytes of `text` in pieces of 1, 2, … 7 bytes, starting at `firstSize`. */
function bytePieces(text: string, firstSize: number): Readable {
  const bytes = Buffer.from(text, 'utf8');
  function* pieces(): Generator<Buffer> {
    let size = firstSize;
    for (let start = 0; start < bytes.length; start += size, size = (size % 7) + 1) {
      yield bytes.subarray(start, start + size);
    }
  }
  return Readable.from(pieces());
}

function whole(text: string): Readable {
  return Readable.from([text]);
}

// Multi-byte characters (2, 3 and 4 bytes in UTF-8) inside strings that also hold the characters
// the scanners look for, so that 1–7 byte pieces cut both inside a character and inside a string.
const TEXT = 'Café 😀 日本, "quoted" {brace} [bracket] \\ back';

const CHUNKED_CASES: [ImportFormat, string, ImportRow[]][] = [
  [
    'json',
    `\uFEFF[\r\n  {"id": "fb_1", "text": ${JSON.stringify(TEXT)}},\r\n  {"id": "é", "n": [1, {"x": "]"}]},\r\n  {"id": bad},\r\n  "😀"\r\n]\r\n`,
    [
      { line: 2, value: { id: 'fb_1', text: TEXT } },
      { line: 3, value: { id: 'é', n: [1, { x: ']' }] } },
      { line: 4, error: expect.stringMatching(/^invalid JSON: /) as string },
      { line: 5, error: 'expected an object, found a string' },
    ],
  ],
  [
    'jsonl',
    `\uFEFF{"id": "fb_1", "text": ${JSON.stringify(TEXT)}}\r\n\r\n{"id": "日本"}\r\n{bad}\r\n{"id": "😀"}`,
    [
      { line: 1, value: { id: 'fb_1', text: TEXT } },
      { line: 3, value: { id: '日本' } },
      { line: 4, error: expect.stringMatching(/^invalid JSON: /) as string },
      { line: 5, value: { id: '😀' } },
    ],
  ],
  [
    'csv',
    `\uFEFFid,text\r\nfb_1,"${TEXT.replace(/"/g, '""')}"\r\nfb_2,"Zwei\r\nZeilen ü"\r\nfb_3\r\nfb_4,😀\r\n`,
    [
      { line: 2, value: { id: 'fb_1', text: TEXT } },
      { line: 3, value: { id: 'fb_2', text: 'Zwei\r\nZeilen ü' } },
      { line: 5, error: 'expected 2 columns as in the header, found 1' },
      { line: 6, value: { id: 'fb_4', text: '😀' } },
    ],
  ],
];

describe('readRows', () => {
  describe.each(CHUNKED_CASES)('%s', (format, input, expected) => {
    it('reads the file given as one string', async () => {
      await expect(collect(whole(input), format)).resolves.toEqual(expected);
    });

    it.each([1, 2, 3, 4, 5, 6, 7])(
      'reads the same rows from 1–7 byte pieces, first piece %i bytes',
      async (firstSize) => {
        await expect(collect(bytePieces(input, firstSize), format)).resolves.toEqual(expected);
      },
    );
  });

  it('keeps a JSON element split across many chunks within maxRowLength', async () => {
    const element = `{"id": "fb_1", "text": "${'é'.repeat(40)}"}`;
    const rows: ImportRow[] = [];
    for await (const row of readRows(bytePieces(`[${element}]`, 1), 'json', {
      maxRowLength: element.length,
    })) {
      rows.push(row);
    }
    expect(rows).toEqual([{ line: 1, value: { id: 'fb_1', text: 'é'.repeat(40) } }]);
  });

  it.each<[ImportFormat, string]>([
    ['json', 'element is longer than 20 characters'],
    ['jsonl', 'line is longer than 20 characters'],
    ['csv', 'row is longer than 20 characters'],
  ])('reports a %s row longer than maxRowLength across chunks', async (format, error) => {
    const long = 'x'.repeat(60);
    const input = {
      json: `[\n{"text": "${long}"}\n]`,
      jsonl: `\n{"text": "${long}"}\n`,
      csv: `text\n"${long}"\n`,
    }[format];
    const rows: ImportRow[] = [];
    for await (const row of readRows(bytePieces(input, 3), format, { maxRowLength: 20 })) {
      rows.push(row);
    }
    expect(rows).toEqual([{ line: 2, error }]);
  });
});

describe('readRows memory', () => {
  const ROW_COUNT = 100_000;
  // ~150 characters, with the characters each format has to escape or quote.
  const commentText = (index: number) =>
    `Comment ${index}: thank you to the night team on ward ${index % 40}, "really" kind — ` +
    `parking was hard to find though; visiting hours café closes early ☕ ok`;

  function formatRow(format: ImportFormat, index: number): string {
    const record = {
      id: `fb_${index}`,
      channel: 'facebook',
      author: `Visitor ${index % 500}`,
      text: commentText(index),
      created_time: '2026-11-20T08:15:00Z',
    };
    if (format === 'csv') {
      const fields = Object.values(record).map((value) => `"${value.replace(/"/g, '""')}"`);
      return `${index === 0 ? `${Object.keys(record).join(',')}\n` : ''}${fields.join(',')}\n`;
    }
    if (format === 'jsonl') {
      return `${JSON.stringify(record)}\n`;
    }
    return `${index === 0 ? '[\n' : ''}  ${JSON.stringify(record, null, 1)}${index === ROW_COUNT - 1 ? '\n]\n' : ',\n'}`;
  }

  /** Builds the file lazily, 64 KiB at a time, so the test itself holds no more than that. */
  function* generateFile(format: ImportFormat, size: { bytes: number }): Generator<Buffer> {
    let pending = '';
    for (let index = 0; index < ROW_COUNT; index++) {
      pending += formatRow(format, index);
      if (pending.length >= 65_536) {
        size.bytes += Buffer.byteLength(pending);
        yield Buffer.from(pending);
        pending = '';
      }
    }
    size.bytes += Buffer.byteLength(pending);
    yield Buffer.from(pending);
  }

  setFlagsFromString('--expose-gc');
  const collectGarbage = runInNewContext('gc') as () => void;
  const heapUsed = () => {
    collectGarbage();
    return process.memoryUsage().heapUsed;
  };

  it.each<ImportFormat>(['json', 'jsonl', 'csv'])(
    'streams %s rows with heap growth far below the file size',
    async (format) => {
      const size = { bytes: 0 };
      const baseline = heapUsed();
      let peak = 0;
      let values = 0;
      let errors = 0;
      for await (const row of readRows(Readable.from(generateFile(format, size)), format)) {
        if ('value' in row) {
          values += 1;
        } else {
          errors += 1;
        }
        if ((values + errors) % 10_000 === 0) {
          peak = Math.max(peak, heapUsed() - baseline);
        }
      }
      expect({ values, errors }).toEqual({ values: ROW_COUNT, errors: 0 });
      expect(size.bytes).toBeGreaterThan(20_000_000);
      // One chunk, one row and the parsers' state: measured at 0.3–0.5 MB for 21–28 MB files.
      expect(peak).toBeLessThan(size.bytes / 10);
    },
    60_000,
  );
});
