import {
  ABUSE,
  countWeakComplaintCues,
  EMERGENCY_NOW,
  IMMINENT_DANGER,
  POISONING,
  SELF_HARM,
  STRONG_COMPLAINT,
} from './comment-cues';

describe('comment cue lists', () => {
  it.each<[string, RegExp, string, boolean]>([
    ['strong complaint', STRONG_COMPLAINT, 'the front desk was rude. unacceptable.', true],
    ['strong complaint', STRONG_COMPLAINT, 'they turned me away at the door', true],
    ['strong complaint', STRONG_COMPLAINT, 'everyone would be better off without me', false],
    ['strong complaint', STRONG_COMPLAINT, 'the covid vaccine was never tested', false],
    ['emergency', EMERGENCY_NOW, 'my dad has chest pain and is sweating', true],
    ['emergency', EMERGENCY_NOW, 'i cant feel the left side of my face', true],
    ['emergency', EMERGENCY_NOW, 'my toddler swallowed a button battery', true],
    ['emergency', EMERGENCY_NOW, 'thank you for the great care last year', false],
    ['self-harm', SELF_HARM, 'my friend texted me goodbye and won’t answer', true],
    ['self-harm', SELF_HARM, 'this wait is killing me', false],
    ['imminent danger', IMMINENT_DANGER, 'tonight is the night', true],
    ['imminent danger', IMMINENT_DANGER, 'i feel low lately', false],
    ['poisoning', POISONING, 'my kid ate 15 melatonin gummies', true],
    ['poisoning', POISONING, 'my daughter drank some washer fluid', true],
    ['poisoning', POISONING, 'i got food poisoning from the cafeteria', false],
    ['poisoning', POISONING, 'drinking bleach kills covid, my uncle swears by it', false],
    ['abuse', ABUSE, 'you people are clowns', true],
    ['abuse', ABUSE, 'why do you let people like this comment here', false],
  ])('%s cue on %j is %s', (_name, pattern, text, expected) => {
    expect(pattern.test(text)).toBe(expected);
  });

  it('counts topic words only when the comment is not a calm question', () => {
    expect(countWeakComplaintCues('how do i pay my bill online?')).toBe(0);
    expect(countWeakComplaintCues('why does the tv cost $14 a day?')).toBeGreaterThanOrEqual(2);
    expect(countWeakComplaintCues('waited 5 hours and nobody came')).toBeGreaterThanOrEqual(2);
  });
});
