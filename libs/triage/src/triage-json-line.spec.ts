import { triageJsonLine } from './triage-json-line';

describe('triageJsonLine', () => {
  it('maps a line to exactly the CLI fields', () => {
    const output = triageJsonLine(
      '{"id":"c1","text":"My son Jake is in room 215. Thank you nurses!","channel":"facebook"}',
    );
    expect(Object.keys(output ?? {}).sort()).toEqual(
      ['id', 'intents', 'phi', 'reasons', 'sentiment', 'sentimentScore', 'urgency'].sort(),
    );
    expect(output).toMatchObject({
      id: 'c1',
      sentiment: 'positive',
      urgency: 'high',
      phi: [
        { type: 'person_name', start: 7, end: 11 },
        { type: 'room_number', start: 23, end: 26 },
      ],
    });
  });

  it.each([
    ['blank line', ''],
    ['spaces and a tab', '  \t '],
  ])('skips a %s', (_, line) => {
    expect(triageJsonLine(line)).toBeNull();
  });

  it.each([
    ['not JSON', 'hello there', { id: null, error: 'invalid JSON' }],
    ['a JSON array', '[1,2]', { id: null, error: 'line is not a JSON object' }],
    ['JSON null', 'null', { id: null, error: 'line is not a JSON object' }],
    ['no text', '{"id":"c9"}', { id: 'c9', error: 'missing string field "text"' }],
    ['text not a string', '{"id":7,"text":42}', { id: 7, error: 'missing string field "text"' }],
    [
      'an id that is an object',
      '{"id":{"a":1}}',
      { id: null, error: 'missing string field "text"' },
    ],
    ['truncated JSON', '{"id":"c1","text":"hi', { id: null, error: 'invalid JSON' }],
  ])('reports %s as an error', (_, line, expected) => {
    expect(triageJsonLine(line)).toEqual(expected);
  });

  it('ignores an unknown channel instead of failing', () => {
    const output = triageJsonLine('{"id":"c2","text":"lol","channel":"myspace"}');
    expect(output).toMatchObject({ id: 'c2', intents: [], urgency: 'low' });
  });

  it('keeps a missing id as null', () => {
    expect(triageJsonLine('{"text":"lol"}')).toMatchObject({ id: null, urgency: 'low' });
  });
});
