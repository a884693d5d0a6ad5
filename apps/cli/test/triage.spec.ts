import * as fs from 'node:fs';
import * as path from 'node:path';

import { runCli, scratch } from './run-cli';

const lines = (text: string): Record<string, unknown>[] =>
  text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('bedside triage', () => {
  const space = scratch();
  afterAll(() => space.remove());

  it('labels stdin to stdout with exactly the contract fields, one line per input line', () => {
    const input = [
      JSON.stringify({ id: 'a1', text: 'my dad has chest pain right now what do we do' }),
      JSON.stringify({ id: 2, text: 'Thank you to Nurse Kendra on 4 West!', channel: 'facebook' }),
      JSON.stringify({ id: 'a3', text: 'My MRN is 4471-0926, can someone call me at 555-0142?' }),
    ].join('\n');
    const run = runCli(['triage'], {}, `${input}\n`);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const [emergency, praise, phi] = lines(run.stdout);

    expect(Object.keys(emergency).sort()).toEqual(
      ['id', 'intents', 'phi', 'reasons', 'sentiment', 'sentimentScore', 'urgency'].sort(),
    );
    expect(emergency).toMatchObject({ id: 'a1', urgency: 'critical', sentiment: 'negative' });
    expect(emergency.intents).toContain('emergency');

    expect(praise).toMatchObject({ id: 2, sentiment: 'positive', urgency: 'low' });
    expect(praise.intents).toEqual(['praise']);
    expect(praise.phi).toEqual([{ type: 'person_name', start: 19, end: 25 }]);

    expect(phi.phi).toEqual([
      { type: 'medical_record_number', start: 10, end: 19 },
      { type: 'phone', start: 44, end: 52 },
    ]);
    expect(typeof phi.sentimentScore).toBe('number');
    expect(phi.reasons).toHaveProperty('medical_record_number');
  });

  it('answers a bad line with {"id","error"} and carries on', () => {
    const input = ['not json', '{"id":"x"}', '', '{"id":"y","text":"lol"}', '[1]'].join('\n');
    const run = runCli(['triage'], {}, input);
    expect(run.status).toBe(0);
    expect(lines(run.stdout)).toEqual([
      { id: null, error: 'invalid JSON' },
      { id: 'x', error: 'missing string field "text"' },
      expect.objectContaining({ id: 'y', urgency: 'low' }),
      { id: null, error: 'line is not a JSON object' },
    ]);
  });

  it('reads --in and writes --out, saying how many lines it wrote', () => {
    const inFile = path.join(space.dir, 'in.jsonl');
    const outFile = path.join(space.dir, 'out.jsonl');
    fs.writeFileSync(
      inFile,
      Array.from({ length: 2_000 }, (_, index) =>
        JSON.stringify({ id: index, text: `Where do visitors park? #${index}` }),
      ).join('\r\n'),
    );
    const run = runCli(['triage', '--in', inFile, '--out', outFile], {});
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Triaged 2,000 lines');
    const out = lines(fs.readFileSync(outFile, 'utf8'));
    expect(out).toHaveLength(2_000);
    expect(out.map((line) => line.id)).toEqual(Array.from({ length: 2_000 }, (_, index) => index));
    expect(out[0].intents).toEqual(['service_question']);
  });

  it('names a missing input file', () => {
    const run = runCli(['triage', '--in', path.join(space.dir, 'nope.jsonl')], {});
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no such file');
  });
});
