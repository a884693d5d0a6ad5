import { INTENTS } from '@bedside/domain';

import { buildContext } from '../build-context';
import { scoreIntents } from './score-intents';

describe('scoreIntents', () => {
  it('gives every intent a probability', () => {
    const scores: Record<string, number> =
      scoreIntents(buildContext('Do you take Aetna?')).intentScores ?? {};
    expect(Object.keys(scores).sort()).toEqual([...INTENTS].sort());
    for (const value of Object.values(scores)) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  });

  it.each([
    ['Do you take Blue Cross? What are your visiting hours?', 'service_question'],
    ['Thank you to the amazing NICU nurses, you are angels', 'praise'],
    ['Waited 6 hours and nobody told us anything. Unacceptable', 'complaint'],
    [
      'Can I take ibuprofen with my blood pressure meds? I am on lisinopril',
      'medical_advice_request',
    ],
    ['Vaccines cause autism and big pharma is hiding it', 'misinformation'],
    ['Earn $500 a day from home! DM me, link in bio', 'spam'],
  ] as const)('ranks the expected intent first: %s', (text, expected) => {
    const scores: Record<string, number> = scoreIntents(buildContext(text)).intentScores ?? {};
    const ranked = Object.entries(scores).sort((left, right) => right[1] - left[1]);
    expect(ranked[0][0]).toBe(expected);
  });
});
