import { contextFor } from '../testing/fixtures';
import {
  CLINICAL_NOUN,
  ENCOUNTER_NOUN,
  HEALTH_STATE,
  isGenericTheir,
  possessivePhrase,
  SPECULATION,
} from './reply-terms';

const matches = (pattern: RegExp, text: string): string[] =>
  [...text.matchAll(pattern)].map((match) => match[0]);

describe('reply vocabulary', () => {
  it('finds a possessive and an encounter noun in one phrase, not across phrases', () => {
    expect(matches(possessivePhrase(ENCOUNTER_NOUN), "sorry about your dad's room")).toEqual([
      "your dad's room",
    ]);
    expect(matches(possessivePhrase(ENCOUNTER_NOUN), 'your 7 hour wait was too long')).toEqual([
      'your 7 hour wait',
    ]);
    expect(
      matches(possessivePhrase(ENCOUNTER_NOUN), 'we will share your kind words with our nurses'),
    ).toEqual([]);
    expect(matches(possessivePhrase(ENCOUNTER_NOUN), 'go to your nearest er')).toEqual([]);
    expect(matches(possessivePhrase(CLINICAL_NOUN), 'glad your knee surgery went well')).toEqual([
      'your knee surgery',
    ]);
  });

  it('reads speculation and health states about a person', () => {
    expect(matches(SPECULATION, 'sounds like croup!')).toEqual(['sounds like croup']);
    expect(matches(SPECULATION, 'it sounds like you are going through a lot')).toEqual([]);
    expect(matches(HEALTH_STATE, "so glad they're home and healthy")).toEqual([
      "they're home and healthy",
    ]);
  });

  it('tells a generic "their" from one about the person mentioned', () => {
    const generic = contextFor('Patients and their care teams work together.', {
      text: 'Great hospital',
    });
    expect(isGenericTheir(generic, 13, 'their care teams')).toBe(true);
    const personal = contextFor('We hope their stay was comfortable.', {
      text: 'My parents loved the staff',
    });
    expect(isGenericTheir(personal, 8, 'their stay')).toBe(false);
  });
});
