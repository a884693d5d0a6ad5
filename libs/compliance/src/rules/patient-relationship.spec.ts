import { type CommentSpec, contextFor } from '../testing/fixtures';
import { checkPatientRelationship } from './patient-relationship';

const CODE = 'confirms_patient_relationship';
const codes = (reply: string, comment: CommentSpec = {}): string[] =>
  checkPatientRelationship(contextFor(reply, comment)).map((finding) => finding.code);

describe('checkPatientRelationship (C1, C5, C6)', () => {
  it.each([
    // COMPLIANCE.md C1 ✗ examples
    ["We're sorry your wait in our ER was so long."],
    ['Thank you for choosing us for your knee replacement!'],
    ["We've shared this with your nurse."],
    ['Glad to hear your stay was comfortable.'],
    ['We have reviewed the camera footage and our staff acted appropriately.'],
    ['We have no record of a visit under this name.'],
    ['Welcome back, Jordan!'],
    // C4/C5 record look-ups and denials
    ['Our records show you left before being seen.'],
    ['We reviewed your chart and everything was done correctly.'],
    ['He was never a patient here.'],
    ["We couldn't find you in our system."],
    // C6 staff HR matters
    ['The staff member involved has been disciplined.'],
    ['That nurse has been terminated.'],
    // care relationship wording
    ["We're sorry your dad's room was not cleaned."],
    ['It was a pleasure caring for your mother.'],
    ['We loved being part of his birth.'],
    ["Your mom's privacy matters to us."],
    ['Please bring your son back anytime.'],
    ['See you at your next appointment!'],
    ["We've updated his account with the new address."],
    ['So glad we could help your family.'],
    ['When you were here last week, the unit was full.'],
    ['Su espera en urgencias fue muy larga.'],
  ])('flags %j', (reply) => {
    expect(codes(reply)).toContain(CODE);
  });

  it('flags a named clinician tied to the person’s care', () => {
    expect(
      codes('Dr. Alvarez is the best!', {
        text: 'Dr. Alvarez fixed my back pain',
        intents: ['praise'],
      }),
    ).toContain(CODE);
  });

  it('flags a named person’s room', () => {
    expect(codes("We've asked the chaplain to stop by Marisol's room.")).toContain(CODE);
  });

  it.each([
    // COMPLIANCE.md C1 ✓ examples
    ["We're sorry to hear about the concerns you've described."],
    ['Thank you for sharing such kind words about our team.'],
    [
      "Privacy laws prevent us from discussing any individual's care on social media, including whether someone has been treated here.",
    ],
    // own-provider safe phrases
    ['Please check with your own doctor or health care provider.'],
    ["Your child's pediatrician can help right away."],
    ['Please talk with your provider about vaccination.'],
    ["Your husband's doctor or pharmacist can help with missed doses."],
    ['Please call 911 or go to your nearest emergency room.'],
    ['Anyone can request copies of their own medical records online.'],
    ['Patients and their families can reach our Patient Relations team any time.'],
    ["We can't share whether someone is a patient here, even with family."],
    ['Our patients come first.'],
    ['We’ll share your kind words with our nurses.'],
    ['You can pay a bill online or request an itemized bill.'],
  ])('does not flag %j', (reply) => {
    expect(codes(reply)).toEqual([]);
  });

  it("flags 'your doctor' when the hospital acts through that doctor", () => {
    expect(codes("We've let your doctor know about this.")).toContain(CODE);
    expect(codes('Please check with your doctor.')).toEqual([]);
  });

  it('warns about a staff name when the comment is not about anyone’s care', () => {
    const findings = checkPatientRelationship(
      contextFor('Dr. Okafor will love this!', { text: 'Great video!', intents: ['praise'] }),
    );
    expect(findings.map(({ code, severity }) => [code, severity])).toEqual([
      ['names_staff', 'warn'],
    ]);
  });
});
