import { CAPITALISED_WORD, nextCapitalisedWord } from './find-names';

function byPattern(text: string): string[] {
  const spans: string[] = [];
  CAPITALISED_WORD.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = CAPITALISED_WORD.exec(text)) !== null) {
    spans.push(`${match.index}-${match.index + match[0].length}`);
  }
  return spans;
}

function byScan(text: string): string[] {
  const spans: string[] = [];
  const word = { start: 0, end: 0 };
  let from = 0;
  while (nextCapitalisedWord(text, from, word)) {
    spans.push(`${word.start}-${word.end}`);
    from = word.end;
  }
  return spans;
}

describe('nextCapitalisedWord', () => {
  it.each([
    'Thank you Dr. Patel!',
    "O'Brien-Smith’s room",
    'ÀNGEL ÉMILE ñandú Øre ×Times ÷ ªµº',
    'Σωκράτης Дмитрий 𝐀𝐛𝐜 😀A',
    'Jose\u0301 Ǆemal ǅ İstanbul',
    `A${'b'.repeat(40)} C`,
    '',
  ])('finds what CAPITALISED_WORD finds in %j', (text) => {
    expect(byScan(text)).toEqual(byPattern(text));
  });

  it('agrees with the pattern on random text', () => {
    const alphabet = [..."ABcd '’-ÀÉñß×÷ªµΣσДд\u0301𝐀𝐚😀ǅİı"];
    let seed = 42;
    const random = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    for (let round = 0; round < 2000; round++) {
      let text = '';
      const length = Math.floor(random() * 50);
      for (let index = 0; index < length; index++) {
        text += alphabet[Math.floor(random() * alphabet.length)];
      }
      expect([text, byScan(text)]).toEqual([text, byPattern(text)]);
    }
  });
});
