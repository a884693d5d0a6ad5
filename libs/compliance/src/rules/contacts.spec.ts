import { contextFor } from '../testing/fixtures';
import { checkContacts } from './contacts';

const found = (reply: string): [string, string][] =>
  checkContacts(contextFor(reply)).map(({ code, severity }) => [code, severity]);

describe('checkContacts (C3 contacts, C8, C19)', () => {
  it.each([
    // COMPLIANCE.md C3 ✗ example: an unconfigured number
    ['Please call Dr. Patel at 555-0199.', [['unlisted_contact', 'block']]],
    ['Write to jane.doe@gmail.com.', [['unlisted_contact', 'block']]],
    ['More at https://bit.ly/3xYz.', [['untrusted_link', 'block']]],
    // COMPLIANCE.md C8 ✗ examples
    [
      'Please reply with your DOB and visit date so we can look into this.',
      [['asks_for_identifiers', 'block']],
    ],
    ['DM us your full name and MRN.', [['asks_for_identifiers', 'warn']]],
    // C19
    ['Leave us a 5-star review and get a free coffee!', [['review_incentive', 'block']]],
  ])('flags %j', (reply, expected) => {
    expect(found(reply)).toEqual(expected);
  });

  it.each([
    // COMPLIANCE.md C8 ✓ example
    [
      'Please contact our Patient Relations team at (555) 017-2200 or https://harborview.example.org/feedback — they can follow up privately.',
    ],
    ['Call 911, 988 or Poison Help at 1-800-222-1222; chat at 988lifeline.org.'],
    ['The CDC explains more at https://www.cdc.gov/flu and at harborview.example.org/flu.'],
    ['Our main line is 555-017-1000.'],
  ])('accepts %j', (reply) => {
    expect(found(reply)).toEqual([]);
  });
});
