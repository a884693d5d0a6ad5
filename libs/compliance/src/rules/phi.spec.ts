import { type CommentSpec, contextFor } from '../testing/fixtures';
import { checkPhi } from './phi';

const codes = (reply: string, comment: CommentSpec = {}): string[] =>
  checkPhi(contextFor(reply, comment)).map((finding) => finding.code);

describe('checkPhi (C2–C4 on the reply alone)', () => {
  it.each([
    ['We sent environmental services to room 718.'],
    ['Hi Jordan Lee, regarding your visit on March 3rd.'],
    ['Your claim was denied by your insurer, not by us.'],
    ['You were triaged appropriately based on your vital signs.'],
    ['We’re sorry you left before being seen.'],
    ['Your balance of $240 is for the CT on 6/12.'],
    ["We're so sorry about your cancer."],
    ['We will cover the cost of his antibiotics.'],
    ["Nothing to worry about as long as she's gaining weight."],
    ['Sounds like croup!'],
    ["That's most likely an ear infection."],
    ['Happy 94th! She is 94 years young.'],
    ['MRN 4471-0926 is on file.'],
    ['@jordans_sister we hope she is better.'],
    ['We remember your dad! So happy his heart is doing well.'],
    ['We have no record of you visiting our ER last night.'],
  ])('flags %j', (reply) => {
    expect(codes(reply)).toContain('discloses_phi');
  });

  it.each([
    ['Our next blood drive is on March 12 in the main lobby.'],
    ['Flu and cancer screenings are available at our clinics.'],
    ['Prices depend on the exam. Our billing team can help.'],
    ['There are 12 EV charging spots on level 1 of the garage.'],
    ['Parking is $5 a day.'],
    ['Measles can be serious, especially in young children.'],
    ['If your child has trouble breathing, call 911 or go to the nearest emergency department.'],
    ['Hi Jordan, thank you for reaching out.'],
  ])('does not flag %j', (reply) => {
    expect(codes(reply)).not.toContain('discloses_phi');
  });

  it('allows mentioning the commenter’s own handle', () => {
    expect(codes('@jordan_s thanks for the kind words!', { authorName: '@jordan_s' })).toEqual([]);
  });

  it('warns about a get-well wish without blocking', () => {
    const findings = checkPhi(contextFor('Thank you for sharing! Hope you feel better soon.'));
    expect(findings.map(({ code, severity }) => [code, severity])).toEqual([
      ['health_well_wish', 'warn'],
    ]);
  });
});
