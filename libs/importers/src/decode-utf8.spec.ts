import { Readable } from 'node:stream';

import { decodeUtf8 } from './decode-utf8';

async function decode(chunks: (string | Buffer)[]): Promise<string[]> {
  const texts: string[] = [];
  for await (const text of decodeUtf8(Readable.from(chunks))) {
    texts.push(text);
  }
  return texts;
}

describe('decodeUtf8', () => {
  it.each<[string, (string | Buffer)[], string[]]>([
    [
      'a BOM, and a character split across chunks',
      [Buffer.from([0xef, 0xbb, 0xbf, 0x43, 0x61, 0x66, 0xc3]), Buffer.from([0xa9])],
      ['Caf', 'é'],
    ],
    [
      'a BOM split across chunks',
      [Buffer.from([0xef]), Buffer.from([0xbb]), Buffer.from([0xbf, 0x7b])],
      ['{'],
    ],
    [
      'a four-byte emoji one byte at a time',
      [...Buffer.from('😀')].map((byte) => Buffer.from([byte])),
      ['😀'],
    ],
    ['string chunks, BOM dropped', ['\uFEFFid,', 'text'], ['id,', 'text']],
    ['a BOM later in the file, kept', ['a', '\uFEFFb'], ['a', '\uFEFFb']],
    ['an incomplete character at the end', [Buffer.from([0x61, 0xe2, 0x82])], ['a', '\uFFFD']],
    ['no chunks', [], []],
  ])('decodes %s', async (_case, chunks, expected) => {
    await expect(decode(chunks)).resolves.toEqual(expected);
  });
});
