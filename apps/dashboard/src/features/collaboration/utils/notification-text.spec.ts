import { bellLabel, describeNotification } from './notification-text';

describe('describeNotification', () => {
  it.each([
    ['MENTION', 'Dana Whitfield mentioned you in a note'],
    ['ASSIGNMENT', 'Dana Whitfield assigned you a comment'],
  ] as const)('says what a %s is', (kind, expected) => {
    expect(describeNotification({ kind, actorName: 'Dana Whitfield' })).toBe(expected);
  });
});

describe('bellLabel', () => {
  it.each([
    [0, 'Notifications, none unread'],
    [1, 'Notifications, 1 unread'],
    [1200, 'Notifications, 1,200 unread'],
  ])('with %i unread reads %j', (count, expected) => {
    expect(bellLabel(count)).toBe(expected);
  });
});
