import { INTENTS, PHI_TYPES, SENTIMENT_LABELS, URGENCIES } from '@bedside/domain';

import { buildContext } from './build-context';
import { createModels } from './model-registry';
import intentModelFile from './models/intent-model.json' with { type: 'json' };
import sentimentLexiconFile from './models/sentiment-lexicon.json' with { type: 'json' };
import sentimentModelFile from './models/sentiment-model.json' with { type: 'json' };
import { runPhases, triage } from './triage';
import type { TriageContext, TriageDraft, TriageResult } from './triage.types';

function expectWellFormed(text: string, result: TriageResult): void {
  expect(SENTIMENT_LABELS).toContain(result.sentiment.label);
  expect(result.sentiment.score).toBeGreaterThanOrEqual(-1);
  expect(result.sentiment.score).toBeLessThanOrEqual(1);
  expect(URGENCIES).toContain(result.urgency);
  for (const intent of result.intents) {
    expect(INTENTS).toContain(intent.label);
  }
  for (const span of result.phi) {
    expect(PHI_TYPES).toContain(span.type);
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeGreaterThan(span.start);
    expect(span.end).toBeLessThanOrEqual(text.length);
  }
  for (const cues of Object.values(result.reasons)) {
    expect(cues.length).toBeGreaterThan(0);
    expect(cues.length).toBeLessThanOrEqual(5);
  }
  expect(result.modelVersion).toMatch(/^triage-\d+\.[0-9a-f]{8}$/);
}

describe('runPhases', () => {
  const context = buildContext('hello');

  it('runs phases in order, each seeing the fields of the ones before it', () => {
    const seen: string[] = [];
    const first = (): TriageDraft => ({ language: 'es' });
    const second = (_: TriageContext, draft: Readonly<TriageDraft>): TriageDraft => {
      seen.push(draft.language ?? 'none');
      return { urgency: 'low' };
    };
    const draft = runPhases(context, [first, second]);
    expect(seen).toEqual(['es']);
    expect(draft.language).toBe('es');
    expect(draft.urgency).toBe('low');
  });

  it('lets a later phase replace a field and merges reasons per label without duplicates', () => {
    const draft = runPhases(context, [
      () => ({ urgency: 'low', reasons: { urgency: ['a'], praise: ['x'] } }),
      () => ({ urgency: 'high', reasons: { urgency: ['a', 'b'] } }),
    ]);
    expect(draft.urgency).toBe('high');
    expect(draft.reasons).toEqual({ urgency: ['a', 'b'], praise: ['x'] });
  });
});

describe('triage', () => {
  it('triages a typical emergency comment end to end', () => {
    const result = triage(
      'my dad is having chest pain right now and his left arm is numb, should we drive or call 911??',
      { channel: 'facebook' },
    );
    expect(result.urgency).toBe('critical');
    expect(result.intents.map((intent) => intent.label)).toEqual(
      expect.arrayContaining(['emergency', 'medical_advice_request']),
    );
    expect(result.sentiment.label).toBe('negative');
    expect(result.reasons.emergency?.length).toBeGreaterThan(0);
    expect(result.reasons.urgency).toEqual(['emergency → critical']);
    expect(result.language).toBe('en');
  });

  it('runs on models passed in (as cross-validation does) exactly as on the committed ones', () => {
    const models = createModels({
      intent: intentModelFile,
      sentiment: sentimentModelFile,
      lexiconEntries: sentimentLexiconFile.entries,
    });
    for (const text of ['Do you take Aetna?', 'my dad has chest pain right now', 'Thank you! 💙']) {
      expect(triage(text, { models })).toEqual(triage(text));
    }
  });

  it('is deterministic and reports the same model version every time', () => {
    const text = 'Thank you Nurse Kendra for everything 💙';
    expect(triage(text)).toEqual(triage(text));
  });

  it.each([
    ['empty text', ''],
    ['whitespace only', '   \n\t '],
    ['emoji only', '😂😂😂'],
    ['punctuation only', '?!?!...'],
    ['binary junk', '\u0000\u0001\u0002\uFFFD\uD800abc\u0007'],
    ['mixed scripts', 'Спасибо 谢谢 شكرا gracias thank you ありがとう 🙏'],
    ['a lone surrogate', '\uDC00'],
    ['right-to-left marks', '\u202Eevil\u202C text'],
    ['a word that is an Object property', 'constructor toString __proto__ hasOwnProperty great'],
  ])('gives a sensible answer for %s', (_, text) => {
    const result = triage(text);
    expectWellFormed(text, result);
    expect(result.urgency).not.toBe('critical');
  });

  it('answers "no intent, low, neutral" for empty text', () => {
    const result = triage('');
    expect(result.intents).toEqual([]);
    expect(result.urgency).toBe('low');
    expect(result.sentiment.label).toBe('neutral');
    expect(result.phi).toEqual([]);
    expect(result.language).toBe('und');
  });

  it('handles 50,000 characters of prose quickly and still finds PHI near the end', () => {
    const filler = 'The waiting room was busy and the staff kept everyone informed. '.repeat(800);
    const text = `${filler}Call me at 608-555-0142 about my bill.`.slice(-50000);
    const started = Date.now();
    const result = triage(text);
    expect(Date.now() - started).toBeLessThan(1000);
    expectWellFormed(text, result);
    expect(result.phi.some((span) => span.type === 'phone')).toBe(true);
  });

  it.each([
    ['one long word', 'a'.repeat(50000)],
    ['dots and letters', 'a.'.repeat(25000)],
    ['digits and dashes', '1-'.repeat(25000)],
    ['at signs', 'a@'.repeat(25000)],
    ['capitalised words', 'Dr Ann '.repeat(7000)],
    ['spaces', ' '.repeat(50000)],
    ['emoji', '😀'.repeat(25000)],
    ['numbers with slashes', '12/12/'.repeat(8000)],
  ])('stays linear on adversarial input: %s', (_, text) => {
    const started = Date.now();
    const result = triage(text);
    expect(Date.now() - started).toBeLessThan(1500);
    expectWellFormed(text, result);
  });

  it('does not throw when called with a non-string at run time', () => {
    const result = triage(undefined as unknown as string);
    expect(result.intents).toEqual([]);
  });
});
