import {
  bucketKey,
  bucketKeyToDate,
  bucketsBetween,
  bucketStart,
  DAY_MS,
  dayKey,
  HOUR_MS,
  hourKey,
  MAX_RANGE_DAYS,
  rangeProblem,
  resolveRange,
} from './periods';

const at = (iso: string): Date => new Date(iso);
const NOW = at('2026-11-23T14:35:00Z');

describe('resolveRange', () => {
  it('charts a week per day and compares it with the week before', () => {
    const range = resolveRange({ from: at('2026-11-16T00:00Z'), to: at('2026-11-23T00:00Z') }, NOW);
    expect(range).toEqual({
      from: at('2026-11-16T00:00Z'),
      to: at('2026-11-23T00:00Z'),
      granularity: 'day',
      previous: { from: at('2026-11-09T00:00Z'), to: at('2026-11-16T00:00Z') },
    });
  });

  it('charts up to 72 hours per hour and longer ranges per day', () => {
    const threeDays = resolveRange({ from: '2026-11-20T12:00Z', to: '2026-11-23T12:00Z' }, NOW);
    expect(threeDays.granularity).toBe('hour');
    const longer = resolveRange({ from: '2026-11-20T11:00Z', to: '2026-11-23T12:00Z' }, NOW);
    expect(longer.granularity).toBe('day');
    const today = resolveRange({ from: '2026-11-23T00:00Z' }, NOW);
    expect(today.granularity).toBe('hour');
  });

  it('snaps the range outwards to whole UTC hours, the resolution of the rollups', () => {
    const range = resolveRange({ from: '2026-11-23T10:30Z', to: '2026-11-23T13:10Z' }, NOW);
    expect(range.from).toEqual(at('2026-11-23T10:00Z'));
    expect(range.to).toEqual(at('2026-11-23T14:00Z'));
    expect(range.previous).toEqual({ from: at('2026-11-23T06:00Z'), to: at('2026-11-23T10:00Z') });
  });

  it('ends at the current hour when no end is given', () => {
    const range = resolveRange({ from: '2026-11-23T12:00Z', to: null }, NOW);
    expect(range.to).toEqual(at('2026-11-23T15:00Z'));
    expect(range.previous.from).toEqual(at('2026-11-23T09:00Z'));
  });

  it('accepts a range of exactly 400 days and refuses a longer one', () => {
    const to = at('2026-11-23T00:00Z');
    const from = new Date(to.getTime() - MAX_RANGE_DAYS * DAY_MS);
    expect(resolveRange({ from, to }, NOW).granularity).toBe('day');
    expect(() => resolveRange({ from: new Date(from.getTime() - HOUR_MS), to }, NOW)).toThrow(
      'at most 400 days',
    );
  });

  it.each([
    [{ from: '2026-11-23T10:00Z', to: '2026-11-23T10:00Z' }, 'start before it ends'],
    [{ from: '2026-11-23T11:00Z', to: '2026-11-23T10:00Z' }, 'start before it ends'],
    [{ from: '2026-11-24T00:00Z', to: '2026-11-25T00:00Z' }, 'cannot start in the future'],
    [{ from: 'yesterday', to: '2026-11-23T10:00Z' }, 'valid start and end dates'],
    [{ from: '2026-11-22T10:00Z', to: 'not a date' }, 'valid start and end dates'],
  ])('refuses %j', (input, message) => {
    expect(rangeProblem(input, NOW)).toContain(message);
    expect(() => resolveRange(input, NOW)).toThrow(RangeError);
    expect(() => resolveRange(input, NOW)).toThrow(message);
  });

  it('refuses an invalid clock', () => {
    expect(rangeProblem({ from: '2026-11-22T00:00Z' }, new Date(Number.NaN))).toContain(
      'current time',
    );
  });

  it('has no problem with a valid range', () => {
    expect(rangeProblem({ from: '2026-11-22T00:00Z', to: '2026-11-23T00:00Z' }, NOW)).toBeNull();
  });
});

describe('bucketStart', () => {
  it('floors to the UTC hour or day', () => {
    const date = at('2026-11-23T14:35:10.123Z');
    expect(bucketStart(date, 'hour')).toEqual(at('2026-11-23T14:00Z'));
    expect(bucketStart(date, 'day')).toEqual(at('2026-11-23T00:00Z'));
  });

  it('reads instants with an offset in UTC', () => {
    expect(bucketStart(at('2026-11-23T01:30:00+05:00'), 'day')).toEqual(at('2026-11-22T00:00Z'));
  });

  it('refuses an invalid date', () => {
    expect(() => bucketStart(new Date('nope'), 'hour')).toThrow(RangeError);
  });
});

describe('bucketsBetween', () => {
  it('lists every hour overlapping the range, the first one partial', () => {
    expect(bucketsBetween(at('2026-11-23T10:30Z'), at('2026-11-23T13:00Z'), 'hour')).toEqual([
      '2026-11-23T10:00:00.000Z',
      '2026-11-23T11:00:00.000Z',
      '2026-11-23T12:00:00.000Z',
    ]);
  });

  it('lists days, 24 hours apart even across a daylight-saving change', () => {
    const days = bucketsBetween(at('2026-03-07T00:00Z'), at('2026-03-10T00:00Z'), 'day');
    expect(days).toEqual([
      '2026-03-07T00:00:00.000Z',
      '2026-03-08T00:00:00.000Z',
      '2026-03-09T00:00:00.000Z',
    ]);
  });

  it('is empty for an empty range', () => {
    expect(bucketsBetween(at('2026-11-23T10:00Z'), at('2026-11-23T10:00Z'), 'hour')).toEqual([]);
    expect(bucketsBetween(at('2026-11-23T11:00Z'), at('2026-11-23T10:00Z'), 'hour')).toEqual([]);
  });

  it('covers the longest report range per hour', () => {
    const from = at('2025-10-19T00:00Z');
    const to = new Date(from.getTime() + MAX_RANGE_DAYS * DAY_MS);
    expect(bucketsBetween(from, to, 'hour')).toHaveLength(MAX_RANGE_DAYS * 24);
    expect(bucketsBetween(from, to, 'day')).toHaveLength(MAX_RANGE_DAYS);
  });

  it('refuses absurd ranges rather than building millions of buckets', () => {
    expect(() => bucketsBetween(at('2000-01-01T00:00Z'), at('2026-01-01T00:00Z'), 'hour')).toThrow(
      RangeError,
    );
  });

  it('matches the resolved range of a report', () => {
    const range = resolveRange({ from: '2026-11-20T12:00Z', to: '2026-11-23T12:00Z' }, NOW);
    const buckets = bucketsBetween(range.from, range.to, range.granularity);
    expect(buckets).toHaveLength(72);
    expect(buckets[0]).toBe(range.from.toISOString());
  });
});

describe('hourKey, dayKey and bucketKey', () => {
  it('name the UTC hour and day', () => {
    const date = at('2026-11-23T14:35:10Z');
    expect(hourKey(date)).toBe('2026-11-23T14');
    expect(dayKey(date)).toBe('2026-11-23');
    expect(bucketKey(date, 'hour')).toBe('2026-11-23T14');
    expect(bucketKey(date, 'day')).toBe('2026-11-23');
  });

  it('sort in time order as strings', () => {
    const keys = ['2026-11-23T09', '2026-11-23T10', '2026-11-22T23'].sort();
    expect(keys).toEqual(['2026-11-22T23', '2026-11-23T09', '2026-11-23T10']);
  });

  it('use UTC whatever the offset of the input', () => {
    expect(hourKey(at('2026-11-23T23:30:00-02:00'))).toBe('2026-11-24T01');
  });

  it('refuse invalid dates', () => {
    expect(() => hourKey(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => dayKey(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('bucketKeyToDate', () => {
  it('turns keys back into bucket starts', () => {
    expect(bucketKeyToDate('2026-11-23T14')).toEqual(at('2026-11-23T14:00Z'));
    expect(bucketKeyToDate('2026-11-23')).toEqual(at('2026-11-23T00:00Z'));
  });

  it('round-trips with hourKey and dayKey', () => {
    const date = at('2026-02-28T23:59:59Z');
    expect(hourKey(bucketKeyToDate(hourKey(date)) as Date)).toBe(hourKey(date));
    expect(dayKey(bucketKeyToDate(dayKey(date)) as Date)).toBe(dayKey(date));
  });

  it.each(['2026-02-30', '2026-11-23T24', '2026-13-01', '2026-11-23T14:00', 'soon', ''])(
    'refuses %j',
    (key) => {
      expect(bucketKeyToDate(key)).toBeNull();
    },
  );
});
