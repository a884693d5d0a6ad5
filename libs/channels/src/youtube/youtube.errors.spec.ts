import { msUntilPacificMidnight } from './youtube.errors';

describe('msUntilPacificMidnight', () => {
  it.each([
    ['winter (PST, UTC-8)', '2026-01-01T17:00:00.000Z', 15 * 3_600_000],
    ['summer (PDT, UTC-7)', '2026-07-01T17:00:00.000Z', 14 * 3_600_000],
    ['one second before midnight', '2026-01-02T07:59:59.000Z', 1_000],
    ['at midnight', '2026-01-02T08:00:00.000Z', 24 * 3_600_000],
  ])('%s', (_case, now, expected) => {
    expect(msUntilPacificMidnight(new Date(now))).toBe(expected);
  });
});
