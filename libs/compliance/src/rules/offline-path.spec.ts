import { contextFor, TEST_SETTINGS } from '../testing/fixtures';
import { checkOfflinePath } from './offline-path';

const COMPLAINT = {
  text: 'Security was rude to my mother. Unacceptable.',
  intents: ['complaint' as const],
};
const codes = (reply: string, settings = TEST_SETTINGS): string[] =>
  checkOfflinePath(contextFor(reply, COMPLAINT, settings)).map((finding) => finding.code);

describe('checkOfflinePath (C9)', () => {
  it.each([
    // COMPLIANCE.md C9 ✗ examples
    ["So sorry! We'll look into it."],
    ["We'll call you tomorrow."],
    ['Please DM us the details.'],
    ['Please call us at (555) 017-1000.'],
  ])('flags %j', (reply) => {
    expect(codes(reply)).toEqual(['missing_offline_path']);
  });

  it.each([
    // COMPLIANCE.md C9 ✓ example
    [
      "We're sorry to hear about the concerns you've described. Please contact our Patient Relations team at (555) 017-2200 or care@harborview.example.org.",
    ],
    ['Please reach Patient Relations at 555-017-2200.'],
    ['Please share the details at https://harborview.example.org/feedback.'],
  ])('accepts %j', (reply) => {
    expect(codes(reply)).toEqual([]);
  });

  it('cannot pass, with a message saying why, when no contact is configured', () => {
    const settings = {
      ...TEST_SETTINGS,
      patientRelationsPhone: '',
      patientRelationsEmail: '',
      patientRelationsUrl: '',
    };
    const [finding] = checkOfflinePath(contextFor('Please call us.', COMPLAINT, settings));
    expect(finding.message).toContain('none is configured');
  });

  it('asks nothing of a reply to praise', () => {
    expect(
      checkOfflinePath(
        contextFor('Thank you!', {
          text: 'The cafeteria lady remembered my order!',
          intents: ['complaint'],
        }),
      ),
    ).toEqual([]);
  });
});
