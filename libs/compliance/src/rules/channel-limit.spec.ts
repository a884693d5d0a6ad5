import { contextFor } from '../testing/fixtures';
import { checkChannelLimit, weightedLength } from './channel-limit';

describe('checkChannelLimit (C25)', () => {
  it('counts links as 23 and wide characters as 2, as X does', () => {
    expect(weightedLength('hi 💙')).toBe(5);
    expect(weightedLength(`see https://example.org/${'x'.repeat(80)}`)).toBe(4 + 23);
  });

  it('warns when a reply is over the X limit, and only on X', () => {
    const long = 'a'.repeat(281);
    expect(
      checkChannelLimit(contextFor(long, { channel: 'x' })).map(({ code, severity }) => [
        code,
        severity,
      ]),
    ).toEqual([['exceeds_channel_limit', 'warn']]);
    expect(checkChannelLimit(contextFor('a'.repeat(280), { channel: 'x' }))).toEqual([]);
    expect(checkChannelLimit(contextFor(long, { channel: 'facebook' }))).toEqual([]);
    expect(checkChannelLimit(contextFor(long))).toEqual([]);
  });
});
