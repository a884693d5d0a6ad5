import * as fs from 'node:fs';
import * as path from 'node:path';

import Database from 'better-sqlite3';

import { runCli, scratch } from './run-cli';

const lines = (text: string): Record<string, unknown>[] =>
  text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

/** An invented hospital, written in the token style of the shared dev settings file. */
const SETTINGS = {
  HOSPITAL_NAME: 'Harbor View Hospital',
  PATIENT_RELATIONS_PHONE: '(555) 017-2200',
  PATIENT_RELATIONS_EMAIL: 'care@harborview.example.org',
  NURSE_LINE: '(555) 017-3300',
  MAIN_PHONE: '(555) 017-1000',
  TRUSTED_DOMAINS: ['cdc.gov', 'harborview.example.org'],
};

describe('bedside check-reply and draft', () => {
  const space = scratch();
  const settingsFile = path.join(space.dir, 'settings.json');
  fs.writeFileSync(settingsFile, JSON.stringify(SETTINGS));
  afterAll(() => space.remove());

  it('checks replies from stdin to stdout with the contract fields', () => {
    const input = [
      JSON.stringify({
        id: 'r1',
        comment: 'Waited 7 hours in your ER. Unacceptable.',
        reply: 'Sorry about your wait! We were slammed.',
      }),
      JSON.stringify({
        id: 2,
        comment: 'Waited 7 hours in your ER. Unacceptable.',
        reply: 'We’re sorry to hear this. Please contact Patient Relations at (555) 017-2200.',
      }),
      JSON.stringify({
        id: 'r3',
        comment: 'my dad has chest pain right now',
        reply: 'Please send us a message with details.',
      }),
    ].join('\n');
    const run = runCli(['check-reply', '--settings', settingsFile], {}, `${input}\n`);
    // The launcher may announce a rebuild when sources changed since the last build.
    expect(run.stderr.replace(/^bedside: building the command-line tool…\n/, '')).toBe('');
    expect(run.status).toBe(0);
    const [wait, fine, emergency] = lines(run.stdout);
    expect(Object.keys(wait).sort()).toEqual(['compliant', 'id', 'violations']);
    expect(wait.compliant).toBe(false);
    const codes = (line: Record<string, unknown>): string[] =>
      (line.violations as { code: string }[]).map((violation) => violation.code);
    expect(new Set(codes(wait))).toEqual(
      new Set(['confirms_patient_relationship', 'missing_offline_path']),
    );
    expect(Object.keys((wait.violations as object[])[0]).sort()).toEqual([
      'code',
      'end',
      'message',
      'severity',
      'start',
    ]);
    expect(fine).toEqual({ id: 2, compliant: true, violations: [] });
    expect(codes(emergency)).toContain('dismisses_emergency');
  });

  it('answers bad lines with {"id","error"} and carries on', () => {
    const input = [
      'not json',
      '{"id":"x","comment":"hi"}',
      '',
      '[1]',
      '{"id":"y","comment":"Thanks!","reply":"Thank you!"}',
    ].join('\n');
    const run = runCli(['check-reply', '--settings', settingsFile], {}, input);
    expect(run.status).toBe(0);
    expect(lines(run.stdout)).toEqual([
      { id: null, error: 'invalid JSON' },
      { id: 'x', error: 'missing string field "reply"' },
      { id: null, error: 'line is not a JSON object' },
      { id: 'y', compliant: true, violations: [] },
    ]);
  });

  it('drafts passing replies between files, saying how many lines it wrote', () => {
    const inFile = path.join(space.dir, 'comments.jsonl');
    const outFile = path.join(space.dir, 'drafts.jsonl');
    fs.writeFileSync(
      inFile,
      [
        { id: 'c1', text: 'my friend is having a seizure and it will not stop' },
        { id: 'c2', text: 'The front desk was rude to my mother. Unacceptable.', channel: 'x' },
        { id: 'c3', text: 'Hot singles in your area 💋 click the link in my bio' },
        { id: 'c4' },
      ]
        .map((line) => JSON.stringify(line))
        .join('\n'),
    );
    const run = runCli(['draft', '--in', inFile, '--out', outFile, '--settings', settingsFile], {});
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Drafted 4 lines');
    const [emergency, complaint, spam, bad] = lines(fs.readFileSync(outFile, 'utf8'));
    expect(emergency).toMatchObject({ id: 'c1', action: 'reply', violations: [] });
    expect(emergency.reply).toContain('911');
    expect(complaint).toMatchObject({ id: 'c2', action: 'reply', violations: [] });
    expect(complaint.reply).toMatch(/\(555\) 017-2200|care@harborview\.example\.org/);
    expect((complaint.reply as string).length).toBeLessThanOrEqual(280);
    expect(spam).toMatchObject({ id: 'c3', reply: '', action: 'hide', violations: [] });
    expect(bad).toEqual({ id: 'c4', error: 'missing string field "text"' });
  });

  it('uses the settings stored in the database without --settings', () => {
    const env = { DATABASE_PATH: space.database };
    const complaint = `${JSON.stringify({ id: 'c', text: 'Rude staff, unacceptable.' })}\n`;
    // A new database: no Patient Relations contact yet, so a complaint cannot be answered cleanly.
    const before = runCli(['draft'], env, complaint);
    expect(before.status).toBe(0);
    const [unconfigured] = lines(before.stdout);
    expect(unconfigured.template).toBe('complaint.no-contact');
    expect(
      (unconfigured.violations as { code: string }[]).map((violation) => violation.code),
    ).toEqual(['missing_offline_path']);

    // What an admin saves on the Settings page (one row, as SettingsService writes it).
    const db = new Database(space.database);
    db.prepare(
      `INSERT INTO organisation_settings (id, settings, ai_drafting, updated_at) VALUES ('default', ?, '{}', '2026-11-23 12:00:00.000')`,
    ).run(
      JSON.stringify({
        hospitalName: 'Harbor View Hospital',
        patientRelationsPhone: '(555) 017-2200',
        trustedDomains: ['harborview.example.org'],
      }),
    );
    db.close();
    const after = runCli(['draft'], env, complaint);
    const [configured] = lines(after.stdout);
    expect(configured.violations).toEqual([]);
    expect(configured.reply).toContain('(555) 017-2200');
  });

  it('names a missing or malformed settings file', () => {
    const missing = runCli(
      ['check-reply', '--settings', path.join(space.dir, 'nope.json')],
      {},
      '',
    );
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('no such settings file');
    const badFile = path.join(space.dir, 'bad.json');
    fs.writeFileSync(badFile, JSON.stringify({ PATIENT_RELATIONS_PHONE: 5550172200 }));
    const bad = runCli(['draft', '--settings', badFile], {}, '');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('"PATIENT_RELATIONS_PHONE" must be a string');
  });
});
