import { contextFor } from '../testing/fixtures';
import { checkPromises } from './promises';

const codes = (reply: string): string[] =>
  checkPromises(contextFor(reply, { text: 'Terrible care', intents: ['complaint'] })).map(
    (finding) => finding.code,
  );

describe('checkPromises (C17)', () => {
  it.each([
    // COMPLIANCE.md C17 ✗ examples
    ["We guarantee this won't happen again and we'll refund your copay."],
    ['Our new surgery cures back pain.'],
    ['This was a serious mistake on our part.'],
    ['It will never happen again.'],
    ['Our cancer center has a 100% success rate.'],
    ['To make it up to you we will cover the cost.'],
    ['Our nurse made an error.'],
    ['We’ll make sure you’re seen faster next time.'],
    ['We will make sure it never happens again.'],
    ['We will ensure this does not happen again.'],
  ])('flags %j', (reply) => {
    expect(codes(reply)).toContain('promises_outcome');
  });

  it.each([
    // COMPLIANCE.md C17 ✓ examples
    [
      "We're sorry to hear about this. Our Patient Relations team reviews every concern — please reach them at (555) 017-2200.",
    ],
    [
      'Our spine center offers several treatment options; a specialist can talk through what may be right for you.',
    ],
    ["There's no evidence it cures allergies."],
    ['Free interpreter services are available 24/7.'],
  ])('does not flag %j', (reply) => {
    expect(codes(reply)).toEqual([]);
  });

  it('warns about promising to call the person (C9)', () => {
    expect(
      checkPromises(contextFor("We'll call you tomorrow.")).map(({ code, severity }) => [
        code,
        severity,
      ]),
    ).toEqual([['callback_promise', 'warn']]);
  });
});
