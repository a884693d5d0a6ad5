import { contentHash } from './content-hash';

describe('contentHash', () => {
  it('is the sha256 hex of the normalised text', () => {
    expect(contentHash('Agreed!')).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['surrounding and repeated whitespace', 'Thank you  4 West!\n', 'Thank you 4 West!'],
    ['Unicode normal forms', 'Cafe\u0301 hours?', 'Café hours?'],
  ])('ignores %s', (_case, a, b) => {
    expect(contentHash(a)).toBe(contentHash(b));
  });

  it('changes when the words change', () => {
    expect(contentHash('Thank you to 4 West')).not.toBe(
      contentHash('Thank you to 4 West and the ED team'),
    );
  });
});
