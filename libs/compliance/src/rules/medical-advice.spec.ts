import { type CommentSpec, contextFor } from '../testing/fixtures';
import { checkMedicalAdvice } from './medical-advice';

const ADVICE = {
  text: 'Should I give my 2-year-old ibuprofen for a 103 fever?',
  intents: ['medical_advice_request' as const],
};
const codes = (reply: string, comment: CommentSpec = ADVICE): string[] =>
  checkMedicalAdvice(contextFor(reply, comment)).map((finding) => finding.code);

describe('checkMedicalAdvice (C10, C11)', () => {
  it.each([
    // COMPLIANCE.md C10 ✗ examples
    ['Yes, 100 mg every 6–8 hours is usually fine.'],
    ["That's probably just a virus, no need for the ER."],
    ['Sounds like croup! Steam from a hot shower usually helps.'],
    ['Totally normal, nothing to worry about.'],
    ['You should stop taking it and switch to acetaminophen.'],
    ["Don't pop it! Cover it with a clean bandage."],
    ['Do the Heimlich! Stand behind him and thrust upward.'],
    ['Then drink some juice or eat glucose tablets while you wait.'],
    ['If she starts wheezing, take her to the ER.'],
    ['Most people are told to skip one dose.'],
    ['Keep an eye on her tonight.'],
    ['Sounds like he may need to be seen.'],
  ])('flags %j', (reply) => {
    expect(codes(reply)).toContain('individual_medical_advice');
  });

  it.each([
    // COMPLIANCE.md C10 ✓ example (the child template)
    [
      "We're sorry your little one isn't feeling well. We can't give medical advice on social media, but your child's pediatrician or our nurse line at (555) 017-3300 can help right away. If your child has trouble breathing, is hard to wake, or you're worried it's an emergency, call 911 or go to the nearest emergency department.",
    ],
    [
      'Questions about medicines and doses are best answered by your own doctor or pharmacist, who can take your full health history into account.',
    ],
    [
      'Thanks for asking! Please check with your own provider, or call our nurse line at (555) 017-3300.',
    ],
    ['Give us a call at (555) 017-3300 any time.'],
  ])('does not flag %j', (reply) => {
    expect(codes(reply)).toEqual([]);
  });

  it.each([
    ['Please call 911 now or go to the nearest emergency department right away.'],
    [
      "Please call 988 and press 1 to reach the Veterans Crisis Line. If you're in immediate danger, call 911.",
    ],
  ])('gives no advice in %j', (reply) => {
    expect(codes(reply)).not.toContain('individual_medical_advice');
  });

  it('warns (C11) when a health reply points to no provider or nurse line', () => {
    const findings = checkMedicalAdvice(contextFor('Thanks for your question!', ADVICE));
    expect(findings.map(({ code, severity }) => [code, severity])).toEqual([
      ['missing_provider_pointer', 'warn'],
    ]);
  });

  it('flags coping instructions to someone in crisis', () => {
    expect(
      codes('Focus on the positives and get some fresh air.', {
        text: 'i want to die',
        intents: ['self_harm'],
      }),
    ).toContain('individual_medical_advice');
  });

  it('reads directions in an emergency as directions, not treatment', () => {
    expect(
      codes('Take the Main St exit and follow the signs.', {
        text: 'face swelling, how far is your ER',
        intents: ['emergency'],
      }),
    ).toEqual([]);
  });
});
