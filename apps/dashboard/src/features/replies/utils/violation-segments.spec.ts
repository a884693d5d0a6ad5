import { splitViolationSegments } from './violation-segments';

describe('splitViolationSegments', () => {
  it('returns the whole text unmarked when nothing is found', () => {
    expect(splitViolationSegments('Thank you!', [])).toEqual([
      { start: 0, text: 'Thank you!', severity: null },
    ]);
    expect(splitViolationSegments('', [])).toEqual([]);
  });

  it('marks each finding and keeps the text between them', () => {
    const text = 'Sorry about your stay. Call us.';
    const segments = splitViolationSegments(text, [{ start: 12, end: 21, severity: 'block' }]);
    expect(segments).toEqual([
      { start: 0, text: 'Sorry about ', severity: null },
      { start: 12, text: 'your stay', severity: 'block' },
      { start: 21, text: '. Call us.', severity: null },
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });

  it('lets a blocking finding win where it overlaps a warning', () => {
    const segments = splitViolationSegments('abcdefgh', [
      { start: 0, end: 5, severity: 'warn' },
      { start: 3, end: 8, severity: 'block' },
    ]);
    expect(segments).toEqual([
      { start: 0, text: 'abc', severity: 'warn' },
      { start: 3, text: 'defgh', severity: 'block' },
    ]);
  });

  it('ignores empty and out-of-range findings (something missing has no place)', () => {
    expect(
      splitViolationSegments('abc', [
        { start: 0, end: 0, severity: 'block' },
        { start: 5, end: 9, severity: 'warn' },
      ]),
    ).toEqual([{ start: 0, text: 'abc', severity: null }]);
  });
});
