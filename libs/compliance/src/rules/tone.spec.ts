import { type CommentSpec, contextFor } from '../testing/fixtures';
import { checkTone } from './tone';

const COMPLAINT = { text: 'Waited 9 hours, unacceptable.', intents: ['complaint' as const] };
const codes = (reply: string, comment: CommentSpec = COMPLAINT): string[] =>
  checkTone(contextFor(reply, comment)).map((finding) => finding.code);

describe('checkTone (C16, C18, tone of C13/C21)', () => {
  it.each([
    // COMPLIANCE.md C16 ✗ example
    ["That's simply not true — you were seen within the hour."],
    ['You should have stayed, you would have been next!'],
    ['TV is free, read the sign 🙄'],
    ['Parking rates are posted at every entrance, so maybe read them next time.'],
    ['Nobody forced you to come here. Go somewhere else.'],
    ['Get a life.'],
    ['Remove this review or our attorneys will contact you.'],
    ['Posting that is defamation.'],
    ['Our nurses follow strict hygiene protocols at all times.'],
    ['Wheelchairs are at the desk, you just have to ask.'],
  ])('flags %j', (reply) => {
    expect(codes(reply)).toContain('argues_or_blames');
  });

  it('flags ridicule of a misinformation post', () => {
    expect(
      codes('🤣🤣 please stop embarrassing yourself.', {
        text: 'Vaccines make you magnetic',
        intents: ['misinformation'],
      }),
    ).toContain('argues_or_blames');
  });

  it('flags judgement of someone in crisis (COMPLIANCE.md C13 ✗)', () => {
    expect(
      codes("Please don't do anything stupid, life is precious!", {
        text: 'i want to end it',
        intents: ['self_harm'],
      }),
    ).toContain('argues_or_blames');
  });

  it.each([
    // COMPLIANCE.md C16 ✓ example
    [
      "We're sorry to hear this and want to understand what happened. Please contact Patient Relations at (555) 017-2200.",
    ],
    ['We hold our team to high standards and take every concern seriously.'],
    ['That isn’t what we want for anyone, and we’re sorry.'],
  ])('does not flag %j', (reply) => {
    expect(codes(reply)).toEqual([]);
  });

  it('allows a laugh with someone who is joking, not arguing', () => {
    expect(
      codes('Our bakers will be thrilled 😂', {
        text: 'The cookies got me through residency 😂',
        intents: ['praise'],
      }),
    ).toEqual([]);
  });

  it('warns about asking to reconsider a rating (C18) and about "commit suicide" (C13)', () => {
    const findings = checkTone(
      contextFor('We hope you’ll reconsider your rating. People who commit suicide…', COMPLAINT),
    );
    expect(findings.map(({ code, severity }) => [code, severity])).toEqual([
      ['legal_threat_or_pressure', 'warn'],
      ['unsafe_messaging', 'warn'],
    ]);
  });
});
