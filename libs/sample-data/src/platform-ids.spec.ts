import { alphanumericFrom, base64UrlFrom, digitsFrom, snowflakeFrom } from './platform-ids';

describe('platform ids', () => {
  it.each([
    [digitsFrom, /^[1-9]\d{15}$/, 16],
    [alphanumericFrom, /^[A-Za-z0-9]{14}$/, 14],
    [base64UrlFrom, /^[\w-]{11}$/, 11],
  ])('%p draws the requested length from its alphabet, the same every time', (draw, shape, n) => {
    const seeds = ['fb-post:flu', 'fb-post:flu2', 'a', ''];
    expect(seeds.map((seed) => draw(seed, n)).filter((id) => !shape.test(id))).toEqual([]);
    expect(draw('fb-post:flu', n)).toBe(draw('fb-post:flu', n));
    expect(draw('fb-post:flu', n)).not.toBe(draw('fb-post:flv', n));
  });

  it('makes 19-digit X ids that grow as the post gets newer', () => {
    const older = snowflakeFrom('x-reply:1', 40_000);
    const newer = snowflakeFrom('x-reply:1', 39_999);
    expect(older).toMatch(/^\d{19}$/);
    expect(BigInt(newer) > BigInt(older)).toBe(true);
  });
});
