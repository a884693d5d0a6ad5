import { memberStatus } from './member-status';

const NOW = Date.parse('2026-11-23T12:00:00.000Z');

describe('memberStatus', () => {
  it.each([
    [{ active: true, lockedUntil: null }, 'active'],
    [{ active: true, lockedUntil: '2026-11-23T12:10:00.000Z' }, 'locked'],
    [{ active: true, lockedUntil: '2026-11-23T11:50:00.000Z' }, 'active'],
    [{ active: false, lockedUntil: '2026-11-23T12:10:00.000Z' }, 'deactivated'],
    [{ active: false, lockedUntil: null }, 'deactivated'],
  ])('%j is %s', (member, expected) => {
    expect(memberStatus(member, NOW)).toBe(expected);
  });
});
