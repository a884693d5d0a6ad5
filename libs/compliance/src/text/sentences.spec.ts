import { sentenceAt, splitSentences } from './sentences';

describe('splitSentences', () => {
  it.each([
    ["call 911 now. please don't wait!", ['call 911 now.', "please don't wait!"]],
    ['is it normal?? yes!!! ok', ['is it normal??', 'yes!!!', 'ok']],
    ['dr. patel is great. thanks', ['dr. patel is great.', 'thanks']],
    [
      'an inr of 4.2 is high. see cdc.gov/flu. done',
      ['an inr of 4.2 is high.', 'see cdc.gov/flu.', 'done'],
    ],
    ['first line\nsecond line', ['first line', 'second line']],
    ['', []],
  ])('splits %j', (text, expected) => {
    expect(splitSentences(text).map((sentence) => sentence.text)).toEqual(expected);
  });

  it('keeps offsets into the text', () => {
    const text = 'one. two three.';
    const [, second] = splitSentences(text);
    expect(text.slice(second.start, second.end)).toBe('two three.');
    expect(sentenceAt(splitSentences(text), 7)?.text).toBe('two three.');
  });
});
