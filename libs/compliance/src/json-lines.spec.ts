import type { Intent, PhiSpan } from '@bedside/domain';

import { checkReplyLine, draftLine, type TriageOf } from './json-lines';
import { TEST_SETTINGS } from './testing/fixtures';

/** A stand-in triage: intents by keyword, no PHI. */
const triageOf: TriageOf = (text) => {
  const intents: { label: Intent; confidence: number }[] = [];
  if (/chest pain/.test(text)) intents.push({ label: 'emergency', confidence: 1 });
  if (/rude|unacceptable/i.test(text)) intents.push({ label: 'complaint', confidence: 0.9 });
  if (/thank/i.test(text)) intents.push({ label: 'praise', confidence: 0.9 });
  return { intents, phi: [] as PhiSpan[] };
};

describe('checkReplyLine', () => {
  it('checks one record into the contract output', () => {
    expect(
      checkReplyLine(
        { id: 'r1', comment: 'Thank you nurses!', reply: 'Welcome back!' },
        triageOf,
        TEST_SETTINGS,
      ),
    ).toEqual({
      id: 'r1',
      compliant: false,
      violations: [
        {
          code: 'confirms_patient_relationship',
          severity: 'block',
          message: expect.any(String) as string,
          start: 0,
          end: 12,
        },
      ],
    });
    expect(
      checkReplyLine({ id: 7, comment: 'Thanks!', reply: 'Thank you!' }, triageOf, TEST_SETTINGS),
    ).toEqual({
      id: 7,
      compliant: true,
      violations: [],
    });
  });

  it.each([
    [null, { id: null, error: 'line is not a JSON object' }],
    [[1], { id: null, error: 'line is not a JSON object' }],
    [
      { id: 'x', reply: 'hi' },
      { id: 'x', error: 'missing string field "comment"' },
    ],
    [
      { id: { no: 1 }, comment: 'c' },
      { id: null, error: 'missing string field "reply"' },
    ],
  ])('answers a bad record %j with an error', (record, expected) => {
    expect(checkReplyLine(record, triageOf, TEST_SETTINGS)).toEqual(expected);
  });
});

describe('draftLine', () => {
  it('drafts one record into the contract output', () => {
    const line = draftLine(
      { id: 'c1', text: 'my dad has chest pain right now', channel: 'x' },
      triageOf,
      TEST_SETTINGS,
    );
    expect(line).toMatchObject({ id: 'c1', action: 'reply', violations: [] });
    expect('reply' in line && line.reply).toMatch(
      /^Please call 911|^If this is happening right now, call 911|^Call 911/,
    );
  });

  it('answers a record without text with an error', () => {
    expect(draftLine({ id: 'c2', body: 'x' }, triageOf, TEST_SETTINGS)).toEqual({
      id: 'c2',
      error: 'missing string field "text"',
    });
  });
});
