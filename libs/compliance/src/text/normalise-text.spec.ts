import { normaliseText, toOriginalSpan } from './normalise-text';

describe('normaliseText', () => {
  it.each([
    ['We\u2019re  SORRY\u200b', "we're sorry"],
    ['\u201cQuote\u201d \u2014 dash', '"quote" - dash'],
    ['line one\n\n  line two', 'line one\nline two'],
    ['hope u feel better, pls call', 'hope you feel better, please call'],
    ['ur visit', 'your visit'],
  ])('normalises %j', (input, expected) => {
    expect(normaliseText(input).text).toBe(expected);
  });

  it('maps every normalised span back to the original text', () => {
    const original = 'Hi  THERE \u2014 u were\u200b seen';
    const normalised = normaliseText(original);
    const at = normalised.text.indexOf('you were seen');
    const span = toOriginalSpan(normalised, at, at + 'you were seen'.length);
    expect(original.slice(span.start, span.end)).toBe('u were\u200b seen');
  });

  it('keeps offsets right after emoji (two UTF-16 units)', () => {
    const original = '💙 Thank you, Theo!';
    const normalised = normaliseText(original);
    const at = normalised.text.indexOf('theo');
    const span = toOriginalSpan(normalised, at, at + 4);
    expect(original.slice(span.start, span.end)).toBe('Theo');
  });

  it('maps an empty span to a position', () => {
    const normalised = normaliseText('abc');
    expect(toOriginalSpan(normalised, 1, 1)).toEqual({ start: 1, end: 1 });
    expect(toOriginalSpan(normaliseText(''), 0, 0)).toEqual({ start: 0, end: 0 });
  });
});
