import { findContacts, isHostInDomain, isSamePhone, phoneDigits, urlKey } from './contacts';

describe('findContacts', () => {
  it('finds phones in the usual US formats', () => {
    const text =
      'call (555) 019-4400, 555-019-8800, 555.019.3300, +1 555 019 1000, 1-800-222-1222 or 555-0199';
    expect(findContacts(text).map((match) => match.value)).toEqual([
      '5550194400',
      '5550198800',
      '5550193300',
      '5550191000',
      '8002221222',
      '5550199',
    ]);
  });

  it('finds e-mails and links without reading their parts as phones or links', () => {
    const text =
      'write to feedback@lakesidegeneral.org, see https://www.cdc.gov/measles. or 988lifeline.org/chat, bit.ly/x1';
    expect(findContacts(text).map(({ kind, value }) => [kind, value])).toEqual([
      ['email', 'feedback@lakesidegeneral.org'],
      ['url', 'cdc.gov/measles'],
      ['url', '988lifeline.org/chat'],
      ['url', 'bit.ly/x1'],
    ]);
  });

  it('does not take dates, doses, prices or room numbers for phones', () => {
    expect(findContacts('on 6/12 take 500 mg, $2,400, room 718, 24/7, 4.2')).toEqual([]);
  });
});

describe('contact helpers', () => {
  it('compares phones by digits, also without the area code', () => {
    expect(phoneDigits('+1 (555) 019-4400')).toBe('5550194400');
    expect(isSamePhone('5550194400', '(555) 019-4400')).toBe(true);
    expect(isSamePhone('0194400', '(555) 019-4400')).toBe(true);
    expect(isSamePhone('5550194401', '(555) 019-4400')).toBe(false);
    expect(isSamePhone('911', '911')).toBe(true);
    expect(isSamePhone('5550194400', '')).toBe(false);
  });

  it('keys links and matches hosts to domains', () => {
    expect(urlKey('https://www.Lakeside.org/visitors/')).toBe('lakeside.org/visitors');
    expect(isHostInDomain('www2.cdc.gov', 'cdc.gov')).toBe(true);
    expect(isHostInDomain('notcdc.gov', 'cdc.gov')).toBe(false);
  });
});
