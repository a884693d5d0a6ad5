import { extractTerms, isReportableTerm, MAX_TERMS_PER_COMMENT, STOPWORDS } from './terms';

/** The span of the first occurrence of `part` in `text`. */
function spanOf(text: string, part: string): { start: number; end: number } {
  const start = text.indexOf(part);
  if (start < 0) {
    throw new Error(`"${part}" is not in the text`);
  }
  return { start, end: start + part.length };
}

describe('extractTerms', () => {
  it('finds single words and adjacent pairs, in order of appearance', () => {
    expect(extractTerms('The wait time in the ER was 6 hours!!')).toEqual([
      'wait',
      'time',
      'wait time',
      'er',
      'hours',
    ]);
  });

  it('lower-cases, keeps accents and composes them (NFC)', () => {
    expect(extractTerms('CAFÉ Crème')).toEqual(['café', 'crème', 'café crème']);
    expect(extractTerms('cafe\u0301')).toEqual(['café']);
  });

  it('strips punctuation, curly apostrophes and possessives', () => {
    expect(extractTerms('“Parking”… (parking!) hospital’s cafeteria')).toEqual([
      'parking',
      'hospital',
      'cafeteria',
      'hospital cafeteria',
    ]);
  });

  it('keeps hyphenated words whole', () => {
    expect(extractTerms('no follow-up call')).toEqual(['follow-up', 'call', 'follow-up call']);
  });

  it('drops stopwords, contractions and social filler', () => {
    expect(extractTerms("I just don't think they're really listening, lol")).toEqual([
      'think',
      'listening',
    ]);
  });

  it('drops words shorter than three letters, except ER, ED, IV and OB', () => {
    expect(extractTerms('ok so my IV in the ED hurt')).toEqual(['iv', 'ed', 'hurt', 'ed hurt']);
  });

  it('drops numbers and every word with a digit (rooms, times, record numbers)', () => {
    expect(extractTerms('Room 412 at 3pm, covid19 test, MRN ab12345, 2nd floor')).toEqual([
      'room',
      'test',
      'mrn',
      'floor',
    ]);
  });

  it('drops URLs, e-mail addresses, @handles and #hashtags', () => {
    const text =
      'See https://lakeside.example.org/parking and www.lakeside.org, cdc.gov/flu or ' +
      'lakeside.org. Mail help@lakeside.org, ask @LakesideHealth (#LakesideProud) #parking';
    expect(extractTerms(text)).toEqual(['mail', 'ask']);
  });

  it('keeps the words around a missing space after a full stop', () => {
    expect(extractTerms('Long wait.Parking awful')).toEqual([
      'long',
      'wait',
      'long wait',
      'parking',
      'awful',
      'parking awful',
    ]);
  });

  it('does not pair words across punctuation, stopwords or dropped tokens', () => {
    expect(extractTerms('parking, staff. nurses and doctors')).toEqual([
      'parking',
      'staff',
      'nurses',
      'doctors',
    ]);
    expect(extractTerms('billing https://x.org department')).toEqual(['billing', 'department']);
    expect(extractTerms('billing @bob department')).toEqual(['billing', 'department']);
    expect(extractTerms('billing 2024 department')).toEqual(['billing', 'department']);
  });

  it('does not pair a word with itself', () => {
    expect(extractTerms('long long wait')).toEqual(['long', 'wait', 'long wait']);
  });

  it('lists each term once', () => {
    expect(extractTerms('parking parking PARKING lot, parking lot')).toEqual([
      'parking',
      'lot',
      'parking lot',
    ]);
  });

  describe('privacy: PHI spans', () => {
    it('never turns words inside a skip span into terms, nor pairs across it', () => {
      const text = 'Nurse Maria Lopez was wonderful with my dad in cardiology';
      const terms = extractTerms(text, { skip: [spanOf(text, 'Maria Lopez')] });
      expect(terms).toEqual(['nurse', 'wonderful', 'dad', 'cardiology']);
      expect(terms.join(' ')).not.toMatch(/maria|lopez/);
    });

    it('drops a word the span only partly covers', () => {
      const text = 'ask for Jonathan at the desk';
      const start = text.indexOf('Jonathan') + 2;
      expect(extractTerms(text, { skip: [{ start, end: start + 3 }] })).toEqual(['ask', 'desk']);
    });

    it('drops every word of several spans (names, dates of birth, phone numbers)', () => {
      const text = 'Patient Sarah Kim born March fifth, call Sarah back on five five five';
      const skip = [
        spanOf(text, 'Sarah Kim'),
        spanOf(text, 'March fifth'),
        { start: text.lastIndexOf('Sarah'), end: text.lastIndexOf('Sarah') + 5 },
        spanOf(text, 'five five five'),
      ];
      const terms = extractTerms(text, { skip });
      expect(terms).toEqual(['patient', 'born', 'call']);
    });

    it('keeps every term clear of the spans on a varied set of comments', () => {
      const cases: [string, string[]][] = [
        ['Dr. Ahmed Khan in oncology never called back', ['Ahmed Khan']],
        ['My mother, Rosa Díaz, room four, waited hours', ['Rosa Díaz', 'room four']],
        ['Ask Pat about billing; Pat knows', ['Pat about', 'Pat knows']],
        ['Emergency visit with Zoë Brontë-Smith yesterday', ['Zoë Brontë-Smith']],
      ];
      for (const [text, parts] of cases) {
        const skip = parts.map((part) => spanOf(text, part));
        const terms = extractTerms(text, { skip });
        const hidden = parts
          .join(' ')
          .toLowerCase()
          .split(/[\s,]+/)
          .filter((word) => !STOPWORDS.has(word));
        for (const term of terms) {
          for (const word of term.split(' ')) {
            expect(hidden).not.toContain(word);
          }
        }
      }
    });
  });

  it('caps the terms of a long comment', () => {
    const words = Array.from(
      { length: 60 },
      (_, i) =>
        `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`,
    );
    const text = words.join(', ');
    expect(extractTerms(text)).toHaveLength(MAX_TERMS_PER_COMMENT);
    expect(extractTerms(text, { maxTerms: 5 })).toEqual(words.slice(0, 5));
    expect(extractTerms(text, { maxTerms: 0 })).toEqual([]);
    expect(() => extractTerms(text, { maxTerms: -1 })).toThrow(RangeError);
  });

  it('counts a pair towards the cap', () => {
    expect(extractTerms('parking lot shuttle', { maxTerms: 3 })).toEqual([
      'parking',
      'lot',
      'parking lot',
    ]);
  });

  it('handles empty, blank and emoji-only text', () => {
    expect(extractTerms('')).toEqual([]);
    expect(extractTerms('   \n\t ')).toEqual([]);
    expect(extractTerms('🙏🙏 ❤️ !!!')).toEqual([]);
  });

  it('drops overlong tokens', () => {
    expect(extractTerms(`${'a'.repeat(31)} parking`)).toEqual(['parking']);
  });

  it('only produces reportable terms', () => {
    const comments = [
      'The wait time in the ER was 6 hours!!',
      'Thank you to the NICU nurses ❤️ #grateful',
      "Couldn't find parking, the garage was full again. Parking lot B is a joke",
      'Billing department charged me twice: call 555-0100 or email me@x.com',
      'Crème brûlée in the cafétéria était délicieuse',
      'follow-up appointment never scheduled; the front-desk staff were rude',
    ];
    for (const comment of comments) {
      for (const term of extractTerms(comment)) {
        expect(isReportableTerm(term)).toBe(true);
      }
    }
  });
});

describe('isReportableTerm', () => {
  it.each(['parking', 'wait time', 'café', 'er', 'follow-up', "o'brien", 'crème brûlée'])(
    'accepts %j',
    (term) => {
      expect(isReportableTerm(term)).toBe(true);
    },
  );

  it.each([
    '',
    'the',
    'Parking',
    'ab',
    '412',
    'room 412',
    'covid19',
    '@bob',
    '#tag',
    'me@x.com',
    'wait  time',
    ' wait',
    'wait wait',
    'long wait time',
    'the wait',
    'wait, time',
    'cafe\u0301',
    'a'.repeat(31),
  ])('refuses %j', (term) => {
    expect(isReportableTerm(term)).toBe(false);
  });
});

describe('STOPWORDS', () => {
  it('is a compact lower-case list with no duplicates or blanks', () => {
    expect(STOPWORDS.size).toBeGreaterThan(150);
    expect(STOPWORDS.size).toBeLessThan(400);
    for (const word of STOPWORDS) {
      expect(word).toBe(word.toLowerCase().trim());
      expect(word).not.toBe('');
    }
  });

  it('keeps the words that carry themes out of the list', () => {
    for (const word of ['parking', 'wait', 'staff', 'nurse', 'billing', 'rude', 'thank']) {
      expect(STOPWORDS.has(word)).toBe(false);
    }
  });
});
