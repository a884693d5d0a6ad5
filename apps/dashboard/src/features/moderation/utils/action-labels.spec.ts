import { describeAutomaticAction } from './action-labels';

describe('describeAutomaticAction', () => {
  it.each([
    [{ kind: 'HIDE' as const, ruleName: 'Spam' }, 'Hidden automatically by rule “Spam”'],
    [{ kind: 'HOLD' as const, ruleName: 'Links' }, 'Held for review automatically by rule “Links”'],
    [
      { kind: 'ASSIGN_TEAM' as const, ruleName: 'Misinformation', team: 'COMMUNICATIONS' as const },
      'Assigned automatically to Communications by rule “Misinformation”',
    ],
    [{ kind: 'HIDE' as const, ruleName: null }, 'Hidden automatically by a rule'],
  ])('describes %j', (action, text) => {
    expect(describeAutomaticAction(action)).toBe(text);
  });
});
