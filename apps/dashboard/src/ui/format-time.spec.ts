import { formatRelativeTime } from './format-time';

const NOW = Date.parse('2026-11-23T12:00:00.000Z');
const ago = (seconds: number) => new Date(NOW - seconds * 1000).toISOString();

describe('formatRelativeTime', () => {
  it.each([
    [ago(0), 'just now'],
    [ago(59), 'just now'],
    [ago(-30), 'just now'],
    [ago(60), '1 minute ago'],
    [ago(3 * 60), '3 minutes ago'],
    [ago(59 * 60 + 59), '59 minutes ago'],
    [ago(60 * 60), '1 hour ago'],
    [ago(5 * 3600), '5 hours ago'],
    [ago(24 * 3600), 'yesterday'],
    [ago(3 * 24 * 3600), '3 days ago'],
    [ago(14 * 24 * 3600), '2 weeks ago'],
    [ago(60 * 24 * 3600), '2 months ago'],
    [ago(800 * 24 * 3600), '2 years ago'],
    [ago(-5 * 60), 'in 5 minutes'],
  ])('%s reads "%s"', (value, expected) => {
    expect(formatRelativeTime(value, NOW)).toBe(expected);
  });
});
