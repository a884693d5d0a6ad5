import { splitNoteSegments } from './note-segments';

const TEAM = [
  { id: 'u1', displayName: 'Dana Whitfield' },
  { id: 'u2', displayName: 'Sam Ortiz' },
];

describe('splitNoteSegments', () => {
  it('cuts a note into text and the mentions the server recorded', () => {
    expect(splitNoteSegments('@dana can you call? cc @Sam Ortiz.', TEAM, ['u1', 'u2'])).toEqual([
      { text: '@dana', userId: 'u1' },
      { text: ' can you call? cc ' },
      { text: '@Sam Ortiz', userId: 'u2' },
      { text: '.' },
    ]);
  });

  it('leaves names the server did not record as mentions plain', () => {
    expect(splitNoteSegments('Ask @Sam Ortiz', TEAM, [])).toEqual([{ text: 'Ask @Sam Ortiz' }]);
  });

  it('returns nothing for an empty note and one segment without mentions', () => {
    expect(splitNoteSegments('', TEAM, [])).toEqual([]);
    expect(splitNoteSegments('Called back.', TEAM, ['u1'])).toEqual([{ text: 'Called back.' }]);
  });
});
