import { findActiveMention, insertMention, suggestMembers } from './mention-autocomplete';

const TEAM = [
  { id: 'u1', displayName: 'Dana Whitfield' },
  { id: 'u2', displayName: 'Sam Ortiz' },
  { id: 'u3', displayName: 'Sam Lee' },
  { id: 'u4', displayName: 'Priya' },
];

describe('findActiveMention', () => {
  it.each([
    ['@', 1, { start: 0, query: '' }],
    ['cc @da', 6, { start: 3, query: 'da' }],
    ['cc @Dana Wh', 11, { start: 3, query: 'Dana Wh' }],
    ['(@sam', 5, { start: 1, query: 'sam' }],
    ['write to dana@hosp', 18, null],
    ['@ dana', 6, null],
    ['@dana\nthanks', 12, null],
    ['no mention here', 15, null],
    ['@da and more', 3, { start: 0, query: 'da' }],
  ])('in %j with the caret at %i it is %j', (text, caret, expected) => {
    expect(findActiveMention(text, caret)).toEqual(expected);
  });
});

describe('suggestMembers', () => {
  it.each([
    ['', ['Dana Whitfield', 'Priya', 'Sam Lee', 'Sam Ortiz']],
    ['sa', ['Sam Lee', 'Sam Ortiz']],
    ['SAM L', ['Sam Lee']],
    ['whit', ['Dana Whitfield']],
    ['or', ['Sam Ortiz']],
    ['zed', []],
  ])('for %j suggests %j', (query, expected) => {
    expect(suggestMembers(TEAM, query).map((member) => member.displayName)).toEqual(expected);
  });

  it('puts full-name matches before later-word matches and stops at the limit', () => {
    const team = [
      { id: 'a', displayName: 'Lee Park' },
      { id: 'b', displayName: 'Ann Lee' },
      { id: 'c', displayName: 'Lena Ray' },
    ];
    expect(suggestMembers(team, 'le').map((member) => member.id)).toEqual(['a', 'c', 'b']);
    expect(suggestMembers(team, 'le', 2)).toHaveLength(2);
  });
});

describe('insertMention', () => {
  it('replaces the typed query with the full name and a space, caret after it', () => {
    expect(insertMention('cc @da please', { start: 3, query: 'da' }, 6, 'Dana Whitfield')).toEqual({
      text: 'cc @Dana Whitfield please',
      caret: 19,
    });
  });

  it('works at the end of the text', () => {
    expect(insertMention('@pr', { start: 0, query: 'pr' }, 3, 'Priya')).toEqual({
      text: '@Priya ',
      caret: 7,
    });
  });
});
