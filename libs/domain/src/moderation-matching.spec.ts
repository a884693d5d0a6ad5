import {
  compileWordList,
  domainListProblem,
  isTrustedDomain,
  linkedDomains,
  normalizeDomainList,
  normalizeWordList,
  wordListProblem,
} from './moderation-matching';

describe('compileWordList', () => {
  const matcher = compileWordList([
    'scam',
    'crypto recovery',
    'idiot',
    'shill',
    'covid19',
    'ça va',
  ]);

  it.each([
    ['Total SCAM, avoid', 'scam'],
    ['scam!', 'scam'],
    ['this is a $cam', 'scam'],
    ['sc4m alert', 'scam'],
    ['#scam', 'scam'],
    ['We do Crypto-Recovery fast', 'crypto recovery'],
    ['crypto   recovery', 'crypto recovery'],
    ['you 1d1ot', 'idiot'],
    ['you |d|ot', 'idiot'],
    ['sh1ll', 'shill'],
    ['SHILL', 'shill'],
    ['COVID19 is over', 'covid19'],
    ['Ça va?', 'ça va'],
    ['ca va', 'ça va'],
    ['ＳＣＡＭ in full width', 'scam'],
  ])('finds %j', (text, entry) => {
    expect(matcher.find(text)).toBe(entry);
  });

  it.each([
    'scampi for dinner',
    'a scammer',
    'crypto is not recovery',
    'recovery crypto',
    'shilling',
    'covid 19',
    '',
    '2024 was a year',
  ])('does not find anything in %j', (text) => {
    expect(matcher.find(text)).toBeNull();
  });

  it('matches whole words in non-Latin alphabets', () => {
    const cyrillic = compileWordList(['спам']);
    expect(cyrillic.find('Это СПАМ!')).toBe('спам');
    expect(cyrillic.find('спамер')).toBeNull();
  });

  it('matches entries in scripts written without spaces anywhere in the text', () => {
    expect(compileWordList(['诈骗']).find('这是诈骗网站')).toBe('诈骗');
  });

  it('matches numbers as numbers', () => {
    expect(compileWordList(['666']).find('call 666 now')).toBe('666');
    expect(compileWordList(['666']).find('call 6666 now')).toBeNull();
  });

  it('finds nothing with an empty list', () => {
    expect(compileWordList([]).find('anything at all')).toBeNull();
  });
});

describe('normalizeWordList and wordListProblem', () => {
  it('trims, folds case and drops blanks and repeats', () => {
    expect(normalizeWordList([' Scam ', 'scam', '', '  ', 'Crypto  Recovery'])).toEqual([
      'scam',
      'crypto recovery',
    ]);
  });

  it.each([
    [['scam'], null],
    [['x'.repeat(101)], 'An entry holds at most 100 characters.'],
    [['!!!'], 'Every entry needs at least one letter or digit.'],
    [Array.from({ length: 1001 }, (_, i) => `w${i}`), 'A list holds at most 1000 entries.'],
  ])('checks %#', (entries, problem) => {
    expect(wordListProblem(entries)).toBe(problem);
  });
});

describe('linkedDomains', () => {
  it.each([
    ['See https://www.CDC.gov/flu or bit.ly/x', ['cdc.gov', 'bit.ly']],
    ['Use code HOSPITAL20 at northbrookblooms.example', ['northbrookblooms.example']],
    ['visit www.example-shop.co.uk today', ['example-shop.co.uk']],
    ['go to cdc.gov.', ['cdc.gov']],
    ['http://localhost.test:8080/a and http://localhost.test:8080/b', ['localhost.test']],
    ['spam.biz spam.biz', ['spam.biz']],
  ])('finds the hosts in %j', (text, hosts) => {
    expect(linkedDomains(text)).toEqual(hosts);
  });

  it.each([
    'Dr.Smith was lovely',
    'e.g. the parking',
    'version 2.0 of the app',
    'write to jane@cdc.gov',
    '@northbrookgen thanks',
    'node.js developer',
    '',
  ])('finds no link in %j', (text) => {
    expect(linkedDomains(text)).toEqual([]);
  });
});

describe('trusted domains', () => {
  it('normalises what managers paste', () => {
    expect(
      normalizeDomainList([' https://www.CDC.gov/flu ', 'cdc.gov', 'nih.gov:443', 'who.int.', '']),
    ).toEqual(['cdc.gov', 'nih.gov', 'who.int']);
  });

  it('names an entry that is not a domain', () => {
    expect(domainListProblem(['cdc.gov', 'not a domain'])).toBe(
      '"not a domain" is not a domain name like cdc.gov.',
    );
    expect(domainListProblem(['cdc.gov', 'northbrook.example'])).toBeNull();
  });

  it.each([
    ['cdc.gov', true],
    ['www.cdc.gov', true],
    ['stacks.cdc.gov', true],
    ['notcdc.gov', false],
    ['cdc.gov.evil.biz', false],
  ])('trusts %s: %s', (host, trusted) => {
    expect(isTrustedDomain(host, ['cdc.gov'])).toBe(trusted);
  });
});
