import { splitPhiSegments } from './split-phi-segments';

type Span = { start: number; end: number; type: string };

function spanOf(text: string, part: string, type = 'PHONE'): Span {
  const start = text.indexOf(part);
  return { start, end: start + part.length, type };
}

const EMOJI_TEXT = '🏥 Call me at 555-0100 😊 ok';

describe('splitPhiSegments', () => {
  it.each<[name: string, text: string, spans: Span[], expected: Array<[string, string | null]>]>([
    ['no spans', 'Hello', [], [['Hello', null]]],
    ['empty text', '', [{ start: 0, end: 3, type: 'PHONE' }], []],
    [
      'one span in the middle',
      'Call 555-0100 now',
      [{ start: 5, end: 13, type: 'PHONE' }],
      [
        ['Call ', null],
        ['555-0100', 'PHONE'],
        [' now', null],
      ],
    ],
    [
      'a span after an emoji (UTF-16 offsets)',
      EMOJI_TEXT,
      [spanOf(EMOJI_TEXT, '555-0100')],
      [
        ['🏥 Call me at ', null],
        ['555-0100', 'PHONE'],
        [' 😊 ok', null],
      ],
    ],
    [
      'spans given out of order',
      'Ann Lee, room 12',
      [
        { start: 9, end: 16, type: 'ROOM_NUMBER' },
        { start: 0, end: 7, type: 'PERSON_NAME' },
      ],
      [
        ['Ann Lee', 'PERSON_NAME'],
        [', ', null],
        ['room 12', 'ROOM_NUMBER'],
      ],
    ],
    [
      'overlapping spans are trimmed, never duplicated',
      'abcdefgh',
      [
        { start: 1, end: 5, type: 'DATE' },
        { start: 3, end: 7, type: 'PHONE' },
      ],
      [
        ['a', null],
        ['bcde', 'DATE'],
        ['fg', 'PHONE'],
        ['h', null],
      ],
    ],
    [
      'a span past the end is clamped',
      'abc',
      [{ start: 1, end: 99, type: 'EMAIL' }],
      [
        ['a', null],
        ['bc', 'EMAIL'],
      ],
    ],
    [
      'an empty or inverted span is dropped',
      'abc',
      [{ start: 2, end: 1, type: 'EMAIL' }],
      [['abc', null]],
    ],
  ])('%s', (_name, text, spans, expected) => {
    const segments = splitPhiSegments(text, spans);
    expect(segments.map((segment) => [segment.text, segment.phi])).toEqual(expected);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });
});
