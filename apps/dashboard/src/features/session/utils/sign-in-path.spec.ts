import { safeNextPath, signInPathFor } from './sign-in-path';

describe('safeNextPath', () => {
  it.each([
    ['/inbox?status=closed', '/inbox?status=closed'],
    ['/inbox/comment-1', '/inbox/comment-1'],
    [null, '/'],
    ['', '/'],
    ['https://evil.test/', '/'],
    ['//evil.test/inbox', '/'],
    ['/\\evil.test', '/'],
    ['inbox', '/'],
    ['/sign-in?next=%2Finbox', '/'],
  ])('%s → %s', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });
});

describe('signInPathFor', () => {
  it('keeps the path to come back to, encoded', () => {
    expect(signInPathFor('/inbox?q=parking lot')).toBe(
      '/sign-in?next=%2Finbox%3Fq%3Dparking%20lot',
    );
  });

  it('leaves out a next that adds nothing', () => {
    expect(signInPathFor('/')).toBe('/sign-in');
    expect(signInPathFor('/sign-in?next=%2Finbox')).toBe('/sign-in');
  });
});
