import { type CommentSpec, contextFor, spansOf } from '../testing/fixtures';
import { checkPhiEcho } from './phi-echo';

const codes = (reply: string, comment: CommentSpec): string[] =>
  checkPhiEcho(contextFor(reply, comment)).map((finding) => finding.code);

const STROKE = {
  text: "After my mom's stroke your neuro unit was amazing.",
  intents: ['praise' as const],
};
const BIRTH_TEXT = 'Our baby girl Ivy was born on May 4, thank you to nurse Olu!';
const BIRTH = {
  text: BIRTH_TEXT,
  intents: ['praise' as const],
  phi: [
    ...spansOf(BIRTH_TEXT, 'person_name', 'Ivy', 'Olu'),
    ...spansOf(BIRTH_TEXT, 'date', 'May 4'),
  ],
};

describe('checkPhiEcho (cross-text C2–C3)', () => {
  it.each([
    // COMPLIANCE.md C2 ✗ example
    ["We're so glad your mom is recovering from her stroke!", STROKE],
    ["Congratulations on Ivy's arrival!", BIRTH],
    ['What a lovely day, May 4!', BIRTH],
    ['Olu is the best, we will tell her.', BIRTH],
    [
      'Inpatient psychiatric holds are based on clinical criteria.',
      { text: 'Your psych ward kept me for 3 days for nothing.', intents: ['complaint' as const] },
    ],
    [
      'An INR of 3.9 is a little high.',
      {
        text: 'My INR is 3.9, should I skip my dose?',
        intents: ['medical_advice_request' as const],
      },
    ],
    [
      'Melatonin is pretty safe, she will sleep it off.',
      { text: 'My kid ate 10 melatonin gummies', intents: [] },
    ],
    [
      'Glad the surgery went well!',
      { text: 'Thanks for the great care during my surgery', intents: ['praise' as const] },
    ],
    [
      'Flu shots are great during pregnancy.',
      { text: "Can I get a flu shot if I'm pregnant?", intents: ['service_question' as const] },
    ],
    ['Please call Sam back at 555-0123.', { text: 'Call me at 555-0123', intents: [] }],
  ])('flags %j', (reply, comment) => {
    expect(codes(reply, comment)).toContain('discloses_phi');
  });

  it.each([
    // COMPLIANCE.md C2 ✓ example
    ['Thank you for these kind words — we’ll share them with our team.', STROKE],
    [
      'Flu shots are available at our walk-in pharmacy without an appointment.',
      {
        text: "Can I get a flu shot if I'm 5 months pregnant?",
        intents: ['service_question' as const],
      },
    ],
    [
      'Measles can be serious. The CDC has more at https://www.cdc.gov/measles.',
      { text: 'Measles is harmless.', intents: ['misinformation' as const] },
    ],
    [
      'Our cancer center offers proven treatments.',
      { text: 'Cancer is a fungus, baking soda cures it.', intents: ['misinformation' as const] },
    ],
    [
      'There is no link between sunscreen and cancer.',
      {
        text: "Sunscreen causes cancer, that's why I don't use it.",
        intents: ['misinformation' as const],
      },
    ],
    [
      'We’re so glad the garden could be a peaceful place for you.',
      { text: 'The rooftop garden got me through chemo.', intents: ['praise' as const] },
    ],
    [
      'Thank you for the kind words, Winifred!',
      { text: 'Thank you all! - Winifred', intents: ['praise' as const], authorName: 'Winifred' },
    ],
  ])('does not flag %j', (reply, comment) => {
    expect(codes(reply, comment)).toEqual([]);
  });
});
