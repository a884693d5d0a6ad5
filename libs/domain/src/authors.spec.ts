import { authorKeyOf, isAuthorFlag } from './authors';

describe('authorKeyOf', () => {
  it.each([
    ['Dale 🇺🇸 Truth', 'truthseeker_1776', 'name:dale truth'],
    ['Dale Truth', null, 'name:dale truth'],
    ['  DALE   truth ', null, 'name:dale truth'],
    ['Marisol Fernández', 'marisol_fdz', 'name:marisol fernandez'],
    ['Emma Lund, MPH', 'epi_emma', 'name:emma lund mph'],
    ['Tess', 'nb_localnurse', 'handle:nb_localnurse'],
    ['Tess', '@NB_LocalNurse', 'handle:nb_localnurse'],
    ['Anonymous', 'poltergeist99', 'handle:poltergeist99'],
    ['A Google User', null, null],
    ['Anonymous', null, null],
    ['Cecilia', null, 'name:cecilia'],
    ['m', 'quietkid_0', 'handle:quietkid_0'],
    ['m', null, null],
    [null, 'someone', 'handle:someone'],
    [null, null, null],
    ['🙂', null, null],
  ])('keys %j / %j as %j', (authorName, authorHandle, key) => {
    expect(authorKeyOf({ authorName, authorHandle })).toBe(key);
  });

  it('caps the key length', () => {
    const key = authorKeyOf({ authorName: `Long ${'x'.repeat(500)}`, authorHandle: null });
    expect(key?.length).toBe(200);
  });
});

describe('isAuthorFlag', () => {
  it.each([
    ['none', true],
    ['watch', true],
    ['block', true],
    ['BLOCK', false],
    [null, false],
  ])('%j -> %s', (value, expected) => {
    expect(isAuthorFlag(value)).toBe(expected);
  });
});
