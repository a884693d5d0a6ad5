import { toFts5Query, toSearchTerms, toTsQuery } from './search-query';

describe('search query', () => {
  it.each([
    ['parking garage', ['parking', 'garage'], '"parking" "garage"*', 'parking & garage:*'],
    [
      '  "ER" wait -- 6 hrs?? ',
      ['er', 'wait', '6', 'hrs'],
      '"er" "wait" "6" "hrs"*',
      'er & wait & 6 & hrs:*',
    ],
    ['@dana_k', ['dana', 'k'], '"dana" "k"*', 'dana & k:*'],
    ['dolor de pecho', ['dolor', 'de', 'pecho'], '"dolor" "de" "pecho"*', 'dolor & de & pecho:*'],
    [
      'NEAR(a b) OR c*',
      ['near', 'a', 'b', 'or', 'c'],
      '"near" "a" "b" "or" "c"*',
      'near & a & b & or & c:*',
    ],
  ])('%p', (input, terms, fts, ts) => {
    expect(toSearchTerms(input)).toEqual(terms);
    expect(toFts5Query(terms)).toBe(fts);
    expect(toTsQuery(terms)).toBe(ts);
  });

  it('finds no terms in punctuation or emoji alone', () => {
    expect(toSearchTerms('?!… 😡')).toEqual([]);
  });
});
