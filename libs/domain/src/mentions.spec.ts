import { findMentions, mentionedUserIds } from './mentions';

const TEAM = [
  { id: 'u1', displayName: 'Dana Whitfield' },
  { id: 'u2', displayName: 'Sam Ortiz' },
  { id: 'u3', displayName: 'Sam Lee' },
  { id: 'u4', displayName: 'Priya' },
];

describe('findMentions', () => {
  it('finds full names and unique first names, case-insensitively', () => {
    expect(mentionedUserIds('@dana can you call? cc @Sam Lee and @PRIYA.', TEAM)).toEqual([
      'u1',
      'u3',
      'u4',
    ]);
  });

  it('ignores first names two members share, and e-mail addresses', () => {
    expect(mentionedUserIds('@Sam please; write to dana@hospital.org', TEAM)).toEqual([]);
  });

  it('needs a word boundary after the name', () => {
    expect(mentionedUserIds('@Danafoo and @Priya_x', TEAM)).toEqual([]);
  });

  it('reports where each mention is, preferring the longest name', () => {
    const text = 'Over to @Dana Whitfield.';
    expect(findMentions(text, [...TEAM, { id: 'u5', displayName: 'Dana' }])).toEqual([
      { userId: 'u1', start: 8, end: 23 },
    ]);
  });

  it('copes with no members, no @ and a long text', () => {
    expect(findMentions('@nobody', [])).toEqual([]);
    expect(findMentions('a'.repeat(50_000), TEAM)).toEqual([]);
  });
});
