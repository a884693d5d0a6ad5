import { toIsoUtc } from './timestamps';

describe('toIsoUtc', () => {
  it.each([
    ['Unix seconds (Meta webhooks)', 1767283200, '2026-01-01T16:00:00.000Z'],
    ['a +0000 offset (Graph API)', '2026-01-01T16:00:00+0000', '2026-01-01T16:00:00.000Z'],
    ['another offset', '2026-01-01T11:00:00-05:00', '2026-01-01T16:00:00.000Z'],
    ['Z with microseconds (Google)', '2026-01-01T16:20:00.123456Z', '2026-01-01T16:20:00.123Z'],
    [
      'a zone-less GMT string (WordPress date_gmt)',
      '2026-01-01T16:30:00',
      '2026-01-01T16:30:00.000Z',
    ],
    ['missing', undefined, undefined],
    ['garbage', 'yesterday', undefined],
  ])('%s', (_case, value, expected) => {
    expect(toIsoUtc(value)).toBe(expected);
  });
});
