import { formValuesOf, intentOptions, NEW_RULE, ruleFormProblem, toRuleInput } from './rule-form';

describe('the moderation rule form', () => {
  it('sends only the fields the condition and action use', () => {
    expect(
      toRuleInput({
        ...NEW_RULE,
        name: '  Banned words ',
        condition: 'BANNED_WORD',
        team: 'NURSING',
        reasonCode: 'PROFANITY_HATE',
      }),
    ).toEqual({
      name: 'Banned words',
      enabled: true,
      condition: 'BANNED_WORD',
      intents: [],
      minConfidence: null,
      action: 'HIDE',
      team: null,
      reasonCode: 'PROFANITY_HATE',
    });
    expect(
      toRuleInput({
        ...NEW_RULE,
        name: 'Misinformation',
        intents: ['MISINFORMATION'],
        minConfidencePercent: 65,
        action: 'ASSIGN_TEAM',
        team: 'COMMUNICATIONS',
      }),
    ).toMatchObject({ minConfidence: 0.65, team: 'COMMUNICATIONS', reasonCode: null });
  });

  it.each([
    [{ name: 'Spam' }, null],
    [{ name: '' }, 'A rule name holds 1 to 200 characters.'],
    [{ name: 'Spam', intents: [] }, 'Choose at least one intent.'],
    [{ name: 'Spam', reasonCode: null }, 'Hiding needs a reason from the community guidelines.'],
    [{ name: 'Assign', action: 'ASSIGN_TEAM' as const }, 'Choose the team that gets the case.'],
    [
      { name: 'Hide complaints', intents: ['COMPLAINT' as const] },
      'Only spam or abuse can be hidden by intent; complaints and questions are answered.',
    ],
  ])('checks %j', (overrides, problem) => {
    expect(ruleFormProblem({ ...NEW_RULE, ...overrides })).toBe(problem);
  });

  it('offers only spam and abuse to a rule that hides', () => {
    expect(intentOptions('HIDE').map((option) => option.value)).toEqual(['SPAM', 'ABUSE']);
    expect(intentOptions('ASSIGN_TEAM').map((option) => option.value)).toContain('MISINFORMATION');
  });

  it('reads a stored rule back as percentages', () => {
    expect(
      formValuesOf({
        name: 'Spam',
        enabled: false,
        condition: 'INTENT',
        intents: ['SPAM'],
        minConfidence: 0.85,
        action: 'HOLD',
        team: null,
        reasonCode: 'SPAM_SCAM',
      }),
    ).toMatchObject({ minConfidencePercent: 85, enabled: false, action: 'HOLD' });
  });
});
