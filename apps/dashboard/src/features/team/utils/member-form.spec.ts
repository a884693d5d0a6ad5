import { type NewMemberFields, validateNewMember } from './member-form';

const VALID: NewMemberFields = {
  email: 'noor@riverside.test',
  displayName: 'Noor Haddad',
  role: 'agent',
  password: 'lantern orchard pebble',
};

describe('validateNewMember', () => {
  it('accepts a complete member', () => {
    expect(validateNewMember(VALID)).toEqual({});
  });

  it.each([
    [{ email: 'noor' }, { email: 'Enter an e-mail address like dana@hospital.org.' }],
    [{ displayName: '   ' }, { displayName: 'Enter the name teammates will see.' }],
    [{ displayName: 'x'.repeat(201) }, { displayName: 'Use at most 200 characters.' }],
    [{ password: 'short' }, { password: 'Use at least 12 characters.' }],
  ])('refuses %j', (change, expected) => {
    expect(validateNewMember({ ...VALID, ...change })).toEqual(expected);
  });
});
