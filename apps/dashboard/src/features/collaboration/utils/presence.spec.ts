import type { PresenceActivity } from '../../../gql/graphql';
import { describePresence, doubleReplyWarning, joinNames, othersOnComment } from './presence';

function person(userId: string, displayName: string, activity: PresenceActivity = 'VIEWING') {
  return { userId, displayName, activity };
}

const ME = 'me';

describe('othersOnComment', () => {
  it('leaves out the viewer and anyone who left', () => {
    const entries = [person(ME, 'Morgan Lee'), person('u1', 'Dana'), person('u2', 'Sam', 'LEFT')];
    expect(othersOnComment(entries, ME).map((entry) => entry.userId)).toEqual(['u1']);
  });
});

describe('describePresence', () => {
  it.each([
    [person('u1', 'Dana Whitfield'), 'Dana Whitfield is viewing'],
    [person('u1', 'Dana Whitfield', 'DRAFTING'), 'Dana Whitfield is drafting a reply'],
  ])('describes %j as %j', (entry, expected) => {
    expect(describePresence(entry)).toBe(expected);
  });
});

describe('joinNames', () => {
  it.each([
    [[], ''],
    [['Dana'], 'Dana'],
    [['Dana', 'Sam'], 'Dana and Sam'],
    [['Dana', 'Sam', 'Priya'], 'Dana, Sam and Priya'],
  ])('joins %j as %j', (names, expected) => {
    expect(joinNames(names)).toBe(expected);
  });
});

describe('doubleReplyWarning', () => {
  const dana = { id: 'u1', displayName: 'Dana' };

  it.each([
    [
      'someone else drafting',
      { presence: [person('u1', 'Dana', 'DRAFTING')], assignee: null },
      'Dana is already drafting a reply to this comment. Reply anyway?',
    ],
    [
      'two others drafting, over an assignment',
      {
        presence: [person('u1', 'Dana', 'DRAFTING'), person('u2', 'Sam', 'DRAFTING')],
        assignee: dana,
      },
      'Dana and Sam are already drafting replies to this comment. Reply anyway?',
    ],
    [
      'assigned to someone else',
      { presence: [person('u1', 'Dana')], assignee: dana },
      'This comment is assigned to Dana. Reply anyway?',
    ],
    ['only viewing', { presence: [person('u1', 'Dana')], assignee: null }, null],
    [
      'the viewer drafting and assigned to them',
      { presence: [person(ME, 'Morgan', 'DRAFTING')], assignee: { id: ME, displayName: 'Morgan' } },
      null,
    ],
    ['nobody', { presence: [], assignee: null }, null],
  ])('%s', (_case, context, expected) => {
    expect(doubleReplyWarning({ ...context, viewerId: ME })).toBe(expected);
  });
});
