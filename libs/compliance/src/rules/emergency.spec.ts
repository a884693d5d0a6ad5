import { type CommentSpec, contextFor } from '../testing/fixtures';
import { checkEmergency } from './emergency';

const EMERGENCY = { text: 'My dad has chest pain right now', intents: ['emergency' as const] };
const SELF_HARM = { text: "i don't want to be here anymore", intents: ['self_harm' as const] };
const IMMINENT = {
  text: 'said goodbye to everyone, tonight is the night',
  intents: ['self_harm' as const],
};
const POISON = { text: 'My toddler swallowed a laundry pod', intents: [] };
const codes = (reply: string, comment: CommentSpec): string[] =>
  checkEmergency(contextFor(reply, comment)).map((finding) => finding.code);

describe('checkEmergency (C12–C14)', () => {
  it.each([
    // COMPLIANCE.md C12 ✗ examples
    ['Sorry to hear that! Please send us a message with details.', EMERGENCY],
    ['Chest pain can have many causes; if it persists, see your doctor.', EMERGENCY],
    ['Come to our ER, we are 15 minutes from downtown!', EMERGENCY],
    ['Call our nurse line tomorrow. If it gets worse, call 911.', EMERGENCY],
    // COMPLIANCE.md C13 ✗ examples
    ["DM us and we'll talk.", SELF_HARM],
    ['Stay strong, you’ve got this!', SELF_HARM],
    ['Please call or text 988 any time.', IMMINENT],
    // C14
    ['Please call 911 right away.', POISON],
    ['Call Poison Help at 1-800-222-1222.', POISON],
  ])('flags %j', (reply, comment) => {
    expect(codes(reply, comment)).toContain('dismisses_emergency');
  });

  it.each([
    // COMPLIANCE.md C12 ✓ example
    [
      "Please call 911 now or go to the nearest emergency department right away. This page isn't monitored around the clock, so please don't wait for a reply here.",
      EMERGENCY,
    ],
    ['Oh no! Please call 9-1-1 right now.', EMERGENCY],
    ['Llame al 911 ahora mismo o vaya a la sala de emergencias más cercana.', EMERGENCY],
    // COMPLIANCE.md C13 ✓ example
    [
      "We're really glad you reached out, and we care about what happens to you. Please call or text 988, or chat at 988lifeline.org — trained counselors are there 24/7. If you're in immediate danger, call 911 now.",
      IMMINENT,
    ],
    ['You can call or text 988 any time to talk with someone.', SELF_HARM],
    // COMPLIANCE.md 6.4.4
    [
      "Please call Poison Help at 1-800-222-1222 right now — it's free and open 24/7. If the person is unconscious, not breathing, or having a seizure, call 911 immediately.",
      POISON,
    ],
  ])('accepts %j', (reply, comment) => {
    expect(codes(reply, comment)).toEqual([]);
  });

  it('uses the configured emergency number', () => {
    const settings = { ...contextFor('').settings, emergencyNumber: '112' };
    const findings = checkEmergency(contextFor('Please call 112 now.', EMERGENCY, settings));
    expect(findings).toEqual([]);
  });

  it('asks nothing of replies to a past emergency', () => {
    expect(
      codes('Thank you for sharing this!', {
        text: 'You saved my husband after his heart attack last year',
        intents: ['praise'],
      }),
    ).toEqual([]);
  });
});
