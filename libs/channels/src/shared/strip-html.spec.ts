import { stripHtml } from './strip-html';

describe('stripHtml', () => {
  it.each([
    [
      'WordPress rendered paragraph',
      '<p>Does the flu clinic take walk-ins?</p>\n',
      'Does the flu clinic take walk-ins?',
    ],
    ['line breaks and paragraphs', '<p>First</p><p>Second<br/>line</p>', 'First\nSecond\nline'],
    ['links keep their text', 'See <a href="https://citygeneral.org">our site</a>', 'See our site'],
    [
      'named and numeric entities',
      'Q&amp;A &quot;ER&quot; &#8217;s &#x1F499; &nbsp;ok',
      'Q&A "ER" ’s 💙  ok',
    ],
    ['unknown entities stay', '&bogus; text', '&bogus; text'],
    ['scripts are dropped with their content', 'Hi<script>alert(1)</script>!', 'Hi!'],
    ['plain text is untouched', 'Agreed!', 'Agreed!'],
  ])('%s', (_case, html, expected) => {
    expect(stripHtml(html)).toBe(expected);
  });
});
