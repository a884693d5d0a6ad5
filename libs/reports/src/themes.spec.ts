import { extractTerms } from './terms';
import { DEFAULT_THEME_LIMIT, risingThemes, topThemes } from './themes';

const counts = (entries: Record<string, number>): Map<string, number> =>
  new Map(Object.entries(entries));

describe('topThemes', () => {
  it('ranks by mentions and gives each its share of the comments', () => {
    const themes = topThemes({
      current: counts({ parking: 40, staff: 25, billing: 10, food: 2 }),
      currentTotal: 200,
    });
    expect(themes).toEqual([
      { term: 'parking', count: 40, share: 0.2 },
      { term: 'staff', count: 25, share: 0.125 },
      { term: 'billing', count: 10, share: 0.05 },
    ]);
  });

  it('applies the limit and the minimum count', () => {
    const many = counts(
      Object.fromEntries(
        Array.from({ length: 15 }, (_, i) => [`term${String.fromCharCode(97 + i)}`, 20 + i]),
      ),
    );
    expect(topThemes({ current: many, currentTotal: 500 })).toHaveLength(DEFAULT_THEME_LIMIT);
    expect(topThemes({ current: many, currentTotal: 500 }, { limit: 3 })[0]).toEqual({
      term: 'termo',
      count: 34,
      share: 34 / 500,
    });
    expect(
      topThemes({ current: many, currentTotal: 500 }, { minCount: 33, limit: 50 }),
    ).toHaveLength(2);
    expect(topThemes({ current: many, currentTotal: 500 }, { limit: 0 })).toEqual([]);
  });

  it('breaks ties alphabetically so reports are stable', () => {
    const themes = topThemes({
      current: counts({ staff: 5, billing: 5, parking: 5 }),
      currentTotal: 50,
    });
    expect(themes.map((theme) => theme.term)).toEqual(['billing', 'parking', 'staff']);
  });

  it('prefers a phrase over a word that nearly always comes with it', () => {
    const themes = topThemes({
      current: counts({ wait: 20, 'wait time': 18, time: 25 }),
      currentTotal: 100,
    });
    expect(themes.map((theme) => theme.term)).toEqual(['time', 'wait time']);
  });

  it('keeps a word that is mostly used without the phrase', () => {
    const themes = topThemes({ current: counts({ wait: 40, 'wait time': 10 }), currentTotal: 100 });
    expect(themes.map((theme) => theme.term)).toEqual(['wait', 'wait time']);
  });

  it('never lists terms that are not reportable (stopwords, digits, raw case)', () => {
    const themes = topThemes({
      current: counts({ the: 100, '555': 50, 'room 412': 40, Parking: 30, parking: 10 }),
      currentTotal: 200,
    });
    expect(themes.map((theme) => theme.term)).toEqual(['parking']);
  });

  it('counts themes from extracted terms end to end', () => {
    const comments = [
      'The wait time in the ER was awful',
      'Wait time was 5 hours',
      'Another long wait time tonight',
      'Parking is impossible',
    ];
    const current = new Map<string, number>();
    for (const comment of comments) {
      for (const term of extractTerms(comment)) {
        current.set(term, (current.get(term) ?? 0) + 1);
      }
    }
    const themes = topThemes({ current, currentTotal: comments.length }, { minCount: 2 });
    expect(themes).toEqual([{ term: 'wait time', count: 3, share: 0.75 }]);
  });

  it('refuses invalid options and counts', () => {
    const current = counts({ parking: 4 });
    expect(() => topThemes({ current, currentTotal: 10 }, { limit: -1 })).toThrow(RangeError);
    expect(() => topThemes({ current, currentTotal: 10 }, { minCount: 0 })).toThrow(RangeError);
    expect(() => topThemes({ current, currentTotal: -1 })).toThrow(RangeError);
    expect(() => topThemes({ current: counts({ parking: -4 }), currentTotal: 10 })).toThrow(
      RangeError,
    );
  });
});

describe('risingThemes', () => {
  const base = {
    current: counts({ parking: 40, valet: 2, staff: 50, food: 10 }),
    previous: counts({ parking: 5, staff: 50, food: 30 }),
    currentTotal: 400,
    previousTotal: 380,
  };

  it('ranks a supported rise ("parking", 40 up from 5) above a term seen twice', () => {
    const themes = risingThemes(base, { minCount: 2 });
    expect(themes.map((theme) => theme.term)).toEqual(['parking', 'valet']);
    expect(themes[0].score).toBeGreaterThan(3 * themes[1].score);
  });

  it('reports counts, shares, the change in share and the score', () => {
    const [parking] = risingThemes(base);
    expect(parking.term).toBe('parking');
    expect(parking.count).toBe(40);
    expect(parking.previousCount).toBe(5);
    expect(parking.share).toBe(0.1);
    // 10 % of comments now vs 5 / 380 = 1.3 % before: 7.6× as common.
    expect(parking.change).toBe(660);
    expect(parking.score).toBeCloseTo(Math.log(41 / 401 / (6 / 381)) * Math.sqrt(40), 10);
    expect(parking.score).toBeCloseTo(11.83, 2);
  });

  it('marks a term that was not mentioned before as new (change null)', () => {
    const valet = risingThemes(base, { minCount: 2 }).find((theme) => theme.term === 'valet');
    expect(valet).toMatchObject({ previousCount: 0, change: null });
  });

  it('leaves out flat and falling terms', () => {
    const terms = risingThemes(base, { minCount: 1 }).map((theme) => theme.term);
    expect(terms).not.toContain('staff');
    expect(terms).not.toContain('food');
  });

  it('compares shares, so a busier week does not make everything rise', () => {
    const themes = risingThemes({
      current: counts({ parking: 20, staff: 60, billing: 8 }),
      previous: counts({ parking: 10, staff: 30, billing: 4 }),
      currentTotal: 800,
      previousTotal: 400,
    });
    expect(themes).toEqual([]);
  });

  it('lets a real rise outrank a large term that grew a little', () => {
    const themes = risingThemes({
      current: counts({ staff: 330, parking: 30 }),
      previous: counts({ staff: 300, parking: 4 }),
      currentTotal: 1000,
      previousTotal: 1000,
    });
    expect(themes.map((theme) => theme.term)).toEqual(['parking', 'staff']);
  });

  it('prefers the phrase over its word when rising too', () => {
    const themes = risingThemes({
      current: counts({ wait: 30, 'wait time': 28 }),
      previous: counts({ wait: 5, 'wait time': 4 }),
      currentTotal: 300,
      previousTotal: 300,
    });
    expect(themes.map((theme) => theme.term)).toEqual(['wait time']);
  });

  it('is empty when the previous period had no comments (use topThemes)', () => {
    expect(risingThemes({ ...base, previous: new Map(), previousTotal: 0 })).toEqual([]);
  });

  it('applies the limit and the minimum count', () => {
    expect(risingThemes(base, { minCount: 2, limit: 1 }).map((theme) => theme.term)).toEqual([
      'parking',
    ]);
    expect(risingThemes(base, { minCount: 41 })).toEqual([]);
  });

  it('refuses invalid totals', () => {
    expect(() => risingThemes({ ...base, previousTotal: Number.NaN })).toThrow(RangeError);
    expect(() => risingThemes({ ...base, currentTotal: -5 })).toThrow(RangeError);
  });
});
