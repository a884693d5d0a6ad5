import { formatSlaMinutes, parseSlaMinutes } from './sla-minutes';

describe('SLA policy minutes', () => {
  it.each([
    [15, '15 min'],
    [60, '1 h'],
    [90, '1 h 30 min'],
    [1440, '1 d'],
    [null, 'No deadline'],
  ])('%j reads %s', (minutes, text) => {
    expect(formatSlaMinutes(minutes)).toBe(text);
  });

  it.each([
    ['', { minutes: null }],
    ['  ', { minutes: null }],
    [' 30 ', { minutes: 30 }],
    ['43200', { minutes: 43200 }],
  ])('reads %j as %j', (text, parsed) => {
    expect(parseSlaMinutes(text)).toEqual(parsed);
  });

  it.each(['0', '-5', '1.5', 'ten', '43201'])('refuses %j', (text) => {
    expect(parseSlaMinutes(text)).toEqual({
      error: 'Whole minutes from 1 to 43200, or empty for no deadline',
    });
  });
});
