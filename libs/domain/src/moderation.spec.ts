import {
  compileModerationPolicy,
  describeModerationRule,
  evaluateModeration,
  type ModeratedComment,
  type ModerationLists,
  type ModerationRuleDefinition,
  type ModerationRuleDraft,
  moderationRuleProblem,
} from './moderation';

let nextPosition = 0;

function rule(overrides: Partial<ModerationRuleDefinition>): ModerationRuleDefinition {
  nextPosition += 1;
  return {
    id: `rule-${nextPosition}`,
    name: `Rule ${nextPosition}`,
    enabled: true,
    condition: 'banned_word',
    intents: [],
    minConfidence: null,
    action: 'hide',
    team: null,
    reasonCode: 'profanity_hate',
    position: nextPosition,
    ...overrides,
  };
}

const LISTS: ModerationLists = {
  banned: ['scam', 'idiot'],
  suspect: ['dm me'],
  trustedDomains: ['cdc.gov', 'northbrookgeneral.example'],
};

function comment(overrides: Partial<ModeratedComment>): ModeratedComment {
  return { text: 'Thanks to the night shift', intents: [], authorFlag: 'none', ...overrides };
}

const SPAM_OR_ABUSE = rule({
  name: 'Spam or abuse',
  condition: 'intent',
  intents: ['spam', 'abuse'],
  minConfidence: 0.8,
  action: 'hide',
  reasonCode: 'spam_scam',
});
const UNTRUSTED_LINK = rule({
  name: 'Untrusted links',
  condition: 'untrusted_link',
  action: 'hold',
  reasonCode: 'spam_scam',
});
const MISINFORMATION = rule({
  name: 'Misinformation',
  condition: 'intent',
  intents: ['misinformation'],
  minConfidence: 0.5,
  action: 'assign_team',
  team: 'communications',
  reasonCode: null,
});
const BANNED = rule({ name: 'Banned words', condition: 'banned_word', action: 'hide' });
const SUSPECT = rule({ name: 'Suspect words', condition: 'suspect_word', action: 'hold' });
const BLOCKED = rule({
  name: 'Blocked authors',
  condition: 'blocked_author',
  action: 'hide',
  reasonCode: 'harassment_threats',
});
const WATCHED = rule({
  name: 'Watched authors',
  condition: 'watched_author',
  action: 'hold',
  reasonCode: 'harassment_threats',
});
const ALL = [SPAM_OR_ABUSE, UNTRUSTED_LINK, MISINFORMATION, BANNED, SUSPECT, BLOCKED, WATCHED];

describe('evaluateModeration', () => {
  const policy = compileModerationPolicy({ rules: ALL, lists: LISTS });

  it.each<[string, Partial<ModeratedComment>, string | null, string | null]>([
    ['a friendly comment', {}, null, null],
    [
      'spam above the threshold',
      { intents: [{ label: 'spam', confidence: 0.93 }] },
      'Spam or abuse',
      'Spam (93%, at least 80%)',
    ],
    ['spam below the threshold', { intents: [{ label: 'spam', confidence: 0.79 }] }, null, null],
    [
      'abuse exactly at the threshold',
      { intents: [{ label: 'abuse', confidence: 0.8 }] },
      'Spam or abuse',
      'Abuse (80%, at least 80%)',
    ],
    [
      'a link to an untrusted domain',
      { text: 'Flowers delivered at northbrookblooms.example' },
      'Untrusted links',
      'Links to an untrusted domain: northbrookblooms.example',
    ],
    ['a link to a trusted domain', { text: 'Read https://www.cdc.gov/flu' }, null, null],
    [
      'a trusted and an untrusted link',
      { text: 'cdc.gov says so, and so does https://bit.ly/x' },
      'Untrusted links',
      'Links to an untrusted domain: bit.ly',
    ],
    [
      'misinformation',
      { intents: [{ label: 'misinformation', confidence: 0.7 }] },
      'Misinformation',
      'Misinformation (70%, at least 50%)',
    ],
    [
      'a banned word in leetspeak',
      { text: 'What an 1d10t' },
      'Banned words',
      'Contains the banned word “idiot”',
    ],
    [
      'a suspect phrase',
      { text: 'DM me for a deal' },
      'Suspect words',
      'Contains the suspect word “dm me”',
    ],
    ['a blocked author', { authorFlag: 'block' }, 'Blocked authors', 'The author is blocked'],
    ['a watched author', { authorFlag: 'watch' }, 'Watched authors', 'The author is watched'],
  ])('decides on %s', (_, overrides, ruleName, reason) => {
    const decision = policy.evaluate(comment(overrides));
    expect(decision?.rule.name ?? null).toBe(ruleName);
    expect(decision?.reason ?? null).toBe(reason);
  });

  it('prefers hiding to holding and holding to assigning', () => {
    const decision = policy.evaluate(
      comment({
        text: 'dm me at bit.ly/x, you idiot',
        intents: [{ label: 'misinformation', confidence: 0.9 }],
      }),
    );
    expect(decision).toMatchObject({ action: 'hide', rule: { name: 'Banned words' } });
    const held = policy.evaluate(
      comment({ text: 'bit.ly/x', intents: [{ label: 'misinformation', confidence: 0.9 }] }),
    );
    expect(held).toMatchObject({ action: 'hold', rule: { name: 'Untrusted links' } });
  });

  it('lets the older of two rules with the same action win', () => {
    const decision = evaluateModeration(comment({ text: 'scam', authorFlag: 'block' }), {
      rules: [BLOCKED, BANNED],
      lists: LISTS,
    });
    expect(decision?.rule.name).toBe('Banned words');
  });

  it('never hides or holds a comment triage rated an emergency or self-harm', () => {
    const crisis = comment({
      text: 'this idiot hospital, I want to end it all',
      intents: [
        { label: 'self_harm', confidence: 0.95 },
        { label: 'misinformation', confidence: 0.6 },
      ],
      authorFlag: 'block',
    });
    expect(policy.evaluate(crisis)).toMatchObject({ action: 'assign_team' });
    expect(evaluateModeration(crisis, { rules: [BANNED, BLOCKED], lists: LISTS })).toBeNull();
  });

  it('ignores disabled rules', () => {
    expect(
      evaluateModeration(comment({ text: 'scam' }), {
        rules: [{ ...BANNED, enabled: false }],
        lists: LISTS,
      }),
    ).toBeNull();
  });

  it('matches nothing with no rules', () => {
    expect(
      evaluateModeration(comment({ text: 'scam', authorFlag: 'block' }), {
        rules: [],
        lists: LISTS,
      }),
    ).toBeNull();
  });
});

describe('moderationRuleProblem', () => {
  const valid: ModerationRuleDraft = {
    name: 'Spam',
    enabled: true,
    condition: 'intent',
    intents: ['spam'],
    minConfidence: 0.8,
    action: 'hide',
    team: null,
    reasonCode: 'spam_scam',
  };

  it.each<[string, Partial<ModerationRuleDraft>, string | null]>([
    ['a valid hide rule', {}, null],
    [
      'a valid assign rule',
      {
        intents: ['misinformation'],
        action: 'assign_team',
        team: 'communications',
        reasonCode: null,
      },
      null,
    ],
    ['a blank name', { name: '  ' }, 'A rule name holds 1 to 200 characters.'],
    ['no intent', { intents: [] }, 'Choose at least one intent.'],
    [
      'a confidence above 1',
      { minConfidence: 1.5 },
      'The least confidence is a number from 0 to 1.',
    ],
    ['no confidence', { minConfidence: null }, 'The least confidence is a number from 0 to 1.'],
    [
      'hiding complaints',
      { intents: ['spam', 'complaint'] },
      'Only spam or abuse can be hidden by intent; complaints and questions are answered.',
    ],
    [
      'holding misinformation',
      { intents: ['misinformation'], action: 'hold' },
      'Only spam or abuse can be hidden by intent; complaints and questions are answered.',
    ],
    [
      'hiding without a reason',
      { reasonCode: null },
      'Hiding needs a reason from the community guidelines.',
    ],
    ['hiding with a team', { team: 'nursing' }, 'Only a rule that assigns names a team.'],
    [
      'assigning without a team',
      { action: 'assign_team', reasonCode: null },
      'Choose the team that gets the case.',
    ],
    [
      'assigning with a reason',
      { action: 'assign_team', team: 'communications' },
      'A rule that assigns does not hide, so it takes no reason code.',
    ],
    [
      'intents on a word rule',
      { condition: 'banned_word' },
      'Intents and confidence belong to intent rules only.',
    ],
    ['a valid word rule', { condition: 'banned_word', intents: [], minConfidence: null }, null],
  ])('%s', (_, overrides, problem) => {
    expect(moderationRuleProblem({ ...valid, ...overrides })).toBe(problem);
  });
});

describe('describeModerationRule', () => {
  it.each([
    [SPAM_OR_ABUSE, 'Spam or abuse at 80% or more → hide'],
    [UNTRUSTED_LINK, 'Links to an untrusted domain → hold for review'],
    [MISINFORMATION, 'Misinformation at 50% or more → assign to Communications'],
    [BLOCKED, 'Author is blocked → hide'],
  ])('describes %#', (input, text) => {
    expect(describeModerationRule(input)).toBe(text);
  });
});
