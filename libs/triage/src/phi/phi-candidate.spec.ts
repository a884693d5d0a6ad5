import { type PhiCandidate, resolveOverlaps } from './phi-candidate';

function candidate(
  type: PhiCandidate['type'],
  start: number,
  end: number,
  priority: number,
): PhiCandidate {
  return { type, start, end, priority, cue: '' };
}

describe('resolveOverlaps', () => {
  it.each<[string, PhiCandidate[], string[]]>([
    [
      'keeps disjoint spans in text order',
      [candidate('date', 10, 14, 5), candidate('phone', 0, 8, 6)],
      ['phone', 'date'],
    ],
    [
      'higher priority wins an overlap',
      [candidate('date', 0, 4, 5), candidate('phone', 0, 8, 6)],
      ['phone'],
    ],
    [
      'the longer span wins a tie',
      [candidate('person_name', 0, 3, 4), candidate('person_name', 0, 9, 4)],
      ['person_name'],
    ],
    [
      'touching spans both stay',
      [candidate('date', 0, 4, 5), candidate('date', 4, 8, 5)],
      ['date', 'date'],
    ],
    ['empty spans are dropped', [candidate('date', 3, 3, 5)], []],
  ])('%s', (_, candidates, expected) => {
    expect(resolveOverlaps(candidates).map((kept) => kept.type)).toEqual(expected);
  });

  it('stays fast with thousands of overlapping candidates', () => {
    const many = Array.from({ length: 20000 }, (_, index) =>
      candidate('person_name', index, index + 5, 4),
    );
    const started = Date.now();
    expect(resolveOverlaps(many)).toHaveLength(4000);
    expect(Date.now() - started).toBeLessThan(500);
  });
});
