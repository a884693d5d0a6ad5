import { sameXReplyText } from './x.reply-text';

describe('sameXReplyText', () => {
  const sent =
    'Our outpatient pharmacy hours are posted at https://citygeneral.org/pharmacy — thanks for asking!';

  it.each([
    ['the same text', sent],
    [
      'links rewritten to t.co',
      'Our outpatient pharmacy hours are posted at https://t.co/Xy12AbCd — thanks for asking!',
    ],
    [
      'leading mentions added to a reply',
      '@jlee Our outpatient pharmacy hours are posted at https://t.co/Xy12AbCd — thanks for asking!',
    ],
  ])('matches %s', (_case, posted) => {
    expect(sameXReplyText(posted, sent)).toBe(true);
  });

  it('matches a bare domain X linked and HTML-escaped ampersands', () => {
    expect(
      sameXReplyText(
        'Q&amp;A hours: https://t.co/Ab12 &gt; lobby',
        'Q&A hours: citygeneral.org/qa > lobby',
      ),
    ).toBe(true);
  });

  it('tells apart other words', () => {
    expect(
      sameXReplyText(
        'Our inpatient pharmacy hours are posted at https://t.co/Xy12AbCd — thanks for asking!',
        sent,
      ),
    ).toBe(false);
  });
});
