import { lowerSameLength } from '../phases/detect-phi';
import { triage } from '../triage';
import {
  gatedPatterns,
  gatePattern,
  literalRequirement,
  mayMatch,
  scanPatterns,
} from './pattern-gate';

/** Comments that between them match most cue patterns, in several spellings and cases. */
const SAMPLES = [
  'My dad is having chest pain right now and his left arm is numb, should we drive or call 911??',
  'her face is drooping and her speech is slurred',
  "He can't breathe, lips turning blue",
  'my son swallowed a battery 10 min ago',
  'is it safe to take ibuprofen with my meds?',
  'Can I give my 3 year old Tylenol 160 mg for a fever of 102?',
  'Thank you so much to the NICU nurses ❤️ you are angels 🙏',
  'Waited 6 hours in the ER and nobody came. Unacceptable!!',
  'What are your visiting hours? Where do I park?',
  'Vaccines cause autism, do your own research, big pharma is hiding it',
  'DM me for crypto returns, link in bio: www.scam.xyz',
  'you people are idiots, go to hell',
  "I'm going to find you and make you pay",
  "i don't want to be alive anymore, i have the pills counted out",
  'I wish I were dead. Saying goodbye to everyone.',
  'me duele mucho el pecho y no puedo respirar',
  'quiero morir, ya no aguanto',
  'My name is Carmen Ruiz, MRN 12345678, DOB 03/14/1952, room 412B',
  'Call me at (555) 123-4567 or jane.doe@example.com, SSN 123-45-6789',
  'Account #AB-99812 was billed twice; member ID 55512',
  'She turned 97 on March 3rd, 2024 at 1200 Oak Street, Springfield, IL 62704',
  'My grandma is 101 years old, Ana (93) and aged 95',
  'Thanks Dr. Patel and nurse Becca! - Winifred Olsen',
  'el 12 de marzo de 2023 en la habitación 12',
  'Sugar is 45 and he is confused',
  'my mom fell and broke her hip, wrong medication given twice',
  '👍👍',
  'The new suites are 😍 is there a tour?',
  'ſtop ſhouting KELVIN',
  'İSTANBUL ROOM 5 ÀÉÎ',
];

const VARIANTS = SAMPLES.flatMap((text) => [text, text.toUpperCase(), text.replace(/ /g, '  ')]);

describe('literalRequirement', () => {
  it('asks for one literal of each required part', () => {
    expect(literalRequirement(/chest (?:pain|pressure)[^.]{0,9}now/)).toEqual([
      [['chest pa', 'chest pr'], ['now']],
    ]);
  });

  it('keeps alternatives apart, and joins those that need one literal set', () => {
    expect(literalRequirement(/\b(?:stroke|face droop|chest pain[^.]{0,9}now)\b/)).toEqual([
      [['stroke', 'face dro']],
      [['chest pa'], ['now']],
    ]);
  });

  it('lower-cases literals, since the scan reads lower-cased text', () => {
    expect(literalRequirement(/Street|Ave/)).toEqual([[['ave', 'street']]]);
  });

  it('asks for nothing when any text may match', () => {
    expect(literalRequirement(/\p{Lu}[\p{L}]{0,30}/u)).toEqual([]);
    expect(literalRequirement(/(.)\1{2,}/)).toEqual([]);
    expect(literalRequirement(/stroke|.b?/)).toEqual([]);
    // Unicode case folding maps "ſ" to "s", which lower-casing does not.
    expect(literalRequirement(/stop/iu)).toEqual([]);
  });
});

describe('scanPatterns', () => {
  // The patterns register when the phases load.
  triage('');

  it('never rules out a pattern that matches', () => {
    const patterns = gatedPatterns();
    expect(patterns.length).toBeGreaterThan(50);
    const once = patterns.map(
      (pattern) => new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')),
    );
    let matches = 0;
    const missed: string[] = [];
    for (const text of VARIANTS) {
      const lower = lowerSameLength(text);
      const hits = scanPatterns(lower);
      patterns.forEach((pattern, index) => {
        if (once[index].test(lower) || once[index].test(text)) {
          matches++;
          if (!mayMatch(hits, gatePattern(pattern), lower)) {
            missed.push(`${pattern.source.slice(0, 40)} in ${text}`);
          }
        }
      });
    }
    expect(missed).toEqual([]);
    expect(matches).toBeGreaterThan(200);
  });

  it('rules out most patterns for an ordinary comment', () => {
    const lower = 'great to see the new garden by the main lobby';
    const hits = scanPatterns(lower);
    const possible = gatedPatterns().filter((pattern) =>
      mayMatch(hits, gatePattern(pattern), lower),
    );
    expect(possible.length).toBeLessThan(gatedPatterns().length / 4);
  });

  it('tells where literals end, so a prefix of the text can be checked', () => {
    const pattern = /heart attack/;
    const id = gatePattern(pattern);
    const lower = 'fine. later: heart attack';
    const hits = scanPatterns(lower);
    expect(mayMatch(hits, id, lower)).toBe(true);
    expect(mayMatch(hits, id, lower.slice(0, 20))).toBe(false);
  });
});
