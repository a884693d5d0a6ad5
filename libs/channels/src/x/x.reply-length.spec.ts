import { measureXText } from './x.reply-length';

describe('measureXText', () => {
  it.each([
    ['plain ASCII', 'Thanks for asking!', 18],
    ['a long URL counts as 23', `See https://citygeneral.org/${'a'.repeat(80)}`, 4 + 23],
    ['two URLs', 'https://a.example https://b.example/path', 23 + 1 + 23],
    ['CJK characters count double', '病院', 4],
    ['an emoji counts double', 'Thanks 💙', 7 + 2],
    ['curly quotes and dashes count once', '“Open” — today', 14],
    ['empty text', '', 0],
  ])('%s', (_case, text, expected) => {
    expect(measureXText(text)).toBe(expected);
  });
});
