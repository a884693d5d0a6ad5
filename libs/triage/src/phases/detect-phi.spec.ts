import type { PhiType } from '@bedside/domain';

import { buildContext } from '../build-context';
import { detectPhi, isPhiExposure, lowerSameLength } from './detect-phi';

/** The spans found, as `type:text` strings in text order. */
function spansOf(text: string): string[] {
  return (detectPhi(buildContext(text)).phi ?? []).map(
    (span) => `${span.type}:${text.slice(span.start, span.end)}`,
  );
}

describe('detectPhi', () => {
  it.each<[string, string, string[]]>([
    [
      'staff title, label excluded',
      'Dr. Castellanos you are a legend',
      ['person_name:Castellanos'],
    ],
    ['nurse title, lower case', 'the nurse Becca gave her a bear', ['person_name:Becca']],
    ['courtesy title', 'Huge thanks to Ms. Renee in housekeeping', ['person_name:Renee']],
    [
      'relative with surname',
      'My mother Lucille Fontaine is on your 4th floor',
      ['person_name:Lucille Fontaine'],
    ],
    [
      'relative with apostrophe name',
      "My brother Shane O'Neill was brought in",
      ["person_name:Shane O'Neill"],
    ],
    ['baby boy', 'Our baby boy Theo was born here', ['person_name:Theo']],
    [
      'self-introduction',
      'My name is Denise Walker and I need help',
      ['person_name:Denise Walker'],
    ],
    [
      'Spanish self-introduction',
      'Me llamo Carmen Ruiz y necesito una cita',
      ['person_name:Carmen Ruiz'],
    ],
    ['thanks with comma', 'Thank you, Priya!', ['person_name:Priya']],
    [
      'repeated name, every occurrence',
      'Nurse Danielle was kind. Thank you Danielle',
      ['person_name:Danielle', 'person_name:Danielle'],
    ],
    [
      'signature',
      'The clinic treats me like a person. - Winifred Olsen',
      ['person_name:Winifred Olsen'],
    ],
    [
      'given name without a cue',
      'Monique at the front desk is a ray of sunshine',
      ['person_name:Monique'],
    ],
    ['public figure is not PHI', 'Dr. Fauci said so on TV', []],
    ['hospital and unit names are not', 'Dear 6 North, Lakeside General ER and NICU: thanks', []],
    ['phone with area code', 'Call me at (608) 555-0119 please', ['phone:(608) 555-0119']],
    ['seven-digit phone', 'mi número es 555-0161.', ['phone:555-0161']],
    ['email', 'Email me at jkovacs.1984@yahoo.com today', ['email:jkovacs.1984@yahoo.com']],
    ['SSN', 'You have my SSN (219-09-9999) on file', ['ssn:219-09-9999']],
    [
      'MRN, label excluded',
      'His MRN 4471-0926 is on the form',
      ['medical_record_number:4471-0926'],
    ],
    ['account with hash', 'Account #3390-4471. Who do I talk to?', ['account_number:3390-4471']],
    ['account with dashes', 'Account 55-018-2264 is wrong', ['account_number:55-018-2264']],
    ['insurance member ID', 'my member ID XWB884120339 is valid', ['account_number:XWB884120339']],
    ['numeric date with year', 'my birth date is 04/11/1998 and', ['date:04/11/1998']],
    ['short numeric dates', 'in the ICU from 1/3 to 1/15', ['date:1/3', 'date:1/15']],
    ['month and day', 'born on August 19 at night', ['date:August 19']],
    ['ordinal month date', 'since March 3rd nothing', ['date:March 3rd']],
    ['Spanish date', 'nació el 5 de marzo', ['date:5 de marzo']],
    ['month alone is not a date', 'a new hip in March and', []],
    ['rating is not a date', 'honestly 10/10 would recommend', []],
    ['around the clock is not a date', 'nurses there 24/7', []],
    ['lab value is not a date', 'My INR was 4.2 today', []],
    ['blood pressure is not a date', 'my pressure is 170/100', []],
    [
      'address with unit, city, state and ZIP',
      'mail it to 2045 Linden Ave, Apt 3, Madison WI 53704?',
      ['address:2045 Linden Ave, Apt 3, Madison WI 53704'],
    ],
    ['street without number is not an address', 'our OLD address on Elm Street', []],
    ['age with years', 'My mom, 92 years young, had a pacemaker', ['age_over_89:92']],
    ['age after I am', "I'm 96, sharp as ever", ['age_over_89:96']],
    ['age in parentheses', 'my grandma (97!) walked laps', ['age_over_89:97']],
    [
      'age after a name',
      'Lucille is 94 and asking for a priest',
      ['person_name:Lucille', 'age_over_89:94'],
    ],
    ['age 89 is not over 89', 'my dad is 89 years old', []],
    ['97 days is not an age', 'my son is 97 days old', []],
    ['95 degrees is not an age', 'it was 95 degrees in there', []],
    ['room number', 'Nobody cleaned Room 718 for days', ['room_number:718']],
    ['locker is not a room', 'Locker #14 was broken into', []],
    ['waiting room hours are not a room', 'sat in the waiting room 5 hours', []],
  ])('%s', (_, text, expected) => {
    expect(spansOf(text)).toEqual(expected);
  });

  it('reports UTF-16 offsets after emoji', () => {
    const text = '💙💙 Thank you Nurse Kendra';
    const [span] = detectPhi(buildContext(text)).phi ?? [];
    expect(text.slice(span.start, span.end)).toBe('Kendra');
    expect(span.start).toBe(21);
  });

  it('explains each PHI type by its cue, never by the value', () => {
    const reasons = detectPhi(buildContext('Call 555-0123, Dr. Patel')).reasons ?? {};
    expect(reasons.phone).toEqual(['phone pattern']);
    expect(reasons.person_name).toEqual(['staff title']);
    expect(JSON.stringify(reasons)).not.toContain('Patel');
  });
});

describe('isPhiExposure', () => {
  it.each<[string, PhiType, 'staff' | 'private' | 'unknown' | undefined, boolean]>([
    ['a staff name alone', 'person_name', 'staff', false],
    ['a name without a cue', 'person_name', 'unknown', false],
    ['a relative', 'person_name', 'private', true],
    ['a phone number', 'phone', undefined, true],
    ['a room number', 'room_number', undefined, true],
  ])('%s → %s', (_, type, role, expected) => {
    expect(isPhiExposure([{ type, start: 0, end: 1, cue: '', ...(role ? { role } : {}) }])).toBe(
      expected,
    );
  });
});

describe('lowerSameLength', () => {
  it('keeps the length when lower-casing would change it', () => {
    const text = 'İstanbul ROOM 5';
    expect(lowerSameLength(text)).toHaveLength(text.length);
    expect(lowerSameLength(text).endsWith('room 5')).toBe(true);
  });
});
