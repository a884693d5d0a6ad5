import type { Intent } from '@bedside/domain';

import { buildContext } from '../build-context';
import type { DetectedPhi, TriageDraft } from '../triage.types';
import { scoreUrgency } from './score-urgency';

function urgencyOf(
  text: string,
  intents: Intent[],
  phi: DetectedPhi[] = [],
  extra: Partial<TriageDraft> = {},
): string | undefined {
  const draft: TriageDraft = {
    intents: intents.map((label) => ({ label, confidence: 0.9 })),
    phi,
    ...extra,
  };
  return scoreUrgency(buildContext(text), draft).urgency;
}

const staffName: DetectedPhi = { type: 'person_name', start: 0, end: 5, role: 'staff', cue: '' };
const relativeName: DetectedPhi = {
  type: 'person_name',
  start: 0,
  end: 5,
  role: 'private',
  cue: '',
};
const email: DetectedPhi = { type: 'email', start: 0, end: 5, cue: '' };

describe('scoreUrgency', () => {
  it.each<[string, string, Intent[], DetectedPhi[], string]>([
    ['emergency', 'chest pain now', ['emergency', 'medical_advice_request'], [], 'critical'],
    [
      'self-harm with praise',
      'thank you, but I want to die',
      ['self_harm', 'praise'],
      [],
      'critical',
    ],
    ['advice request', 'should I take ibuprofen?', ['medical_advice_request'], [], 'high'],
    ['complaint with harm', 'my mom fell and nobody came', ['complaint'], [], 'high'],
    ['complaint with infection risk', 'now he has an infection', ['complaint'], [], 'high'],
    [
      'complaint with a medication error',
      'they gave my grandmother a double dose of her heart medicine',
      ['complaint'],
      [],
      'high',
    ],
    [
      'complaint about an unsafe discharge',
      'discharged at 3am with a fever and no ride. That was not safe.',
      ['complaint'],
      [],
      'high',
    ],
    [
      'complaint about a wrong-patient error',
      "my newborn's band had another baby's name on it",
      ['complaint'],
      [],
      'high',
    ],
    [
      'complaint without harm',
      'waited 5 hours, nobody told us anything',
      ['complaint'],
      [],
      'normal',
    ],
    [
      'harm words without a complaint',
      'the fall prevention class was great',
      ['praise'],
      [],
      'low',
    ],
    [
      'praise exposing a relative',
      'my son Jake loved the nurses',
      ['praise'],
      [relativeName],
      'high',
    ],
    ['praise naming staff only', 'Dr. Patel is great', ['praise'], [staffName], 'low'],
    ['spam with its own e-mail', 'email me for crypto', ['spam'], [email], 'low'],
    ['complaint with an e-mail', 'email me about my bill', ['complaint'], [email], 'high'],
    ['service question', 'what are your hours?', ['service_question'], [], 'normal'],
    ['misinformation', 'vaccines cause autism', ['misinformation'], [], 'normal'],
    ['abuse without a threat', 'you people are clowns', ['abuse'], [], 'normal'],
    [
      'praise and a question',
      'love it! is there a tour?',
      ['praise', 'service_question'],
      [],
      'normal',
    ],
    ['chit-chat', 'lol', [], [], 'low'],
    ['a bare question mark', '?', [], [], 'low'],
    ['a genuine question with no intent', 'is this the one on main street?', [], [], 'normal'],
  ])('%s → %s', (_, text, intents, phi, expected) => {
    expect(urgencyOf(text, intents, phi)).toBe(expected);
  });

  it('treats a threat as high', () => {
    expect(urgencyOf('I am coming for every one of you', ['abuse'], [], { isThreat: true })).toBe(
      'high',
    );
  });

  it('says why', () => {
    const result = scoreUrgency(buildContext('my mom fell'), {
      intents: [{ label: 'complaint', confidence: 0.9 }],
    });
    expect(result.reasons?.urgency).toEqual(['harm or safety risk "fell" → high']);
  });
});
