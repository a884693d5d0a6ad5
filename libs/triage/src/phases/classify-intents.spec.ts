import { buildContext } from '../build-context';
import type { TriageDraft } from '../triage.types';
import { classifyIntents } from './classify-intents';
import { detectCrisis } from './detect-crisis';
import { scoreIntents } from './score-intents';

function intentsOf(text: string): string[] {
  const context = buildContext(text);
  let draft: TriageDraft = scoreIntents(context);
  draft = { ...draft, ...detectCrisis(context, draft) };
  return (classifyIntents(context, draft).intents ?? []).map((intent) => intent.label).sort();
}

describe('classifyIntents', () => {
  it.each<[string, string[]]>([
    ['Does the hospital have EV chargers in the parking garage?', ['service_question']],
    // Short practical questions the model alone read as clinical.
    ['What are your visiting hours on Sunday?', ['service_question']],
    ['What are visiting hours?', ['service_question']],
    [
      'my son has a fever of 103, what are your urgent care hours?',
      ['medical_advice_request', 'service_question'],
    ],
    ['Where do I drop off frozen breast milk for my baby in the NICU?', ['service_question']],
    ['Hot singles in your area want to meet you 💋 👉 click link in bio', ['spam']],
    ['Raw milk cures allergies and asthma. Hospitals won’t tell you this.', ['misinformation']],
    ['💯💯', ['praise']],
    ['👍', ['praise']],
    ['You people are morons. Three calls, three different answers.', ['abuse', 'complaint']],
    ['hope your hospital burns down with all of you in it', ['abuse']],
    [
      "grandpa is choking on a piece of steak, he can't talk or cough. what do I do",
      ['emergency', 'medical_advice_request'],
    ],
    [
      "I'm allergic to bees, just got stung, my face is swelling up. how far is your ER from downtown",
      ['emergency', 'service_question'],
    ],
    [
      'been sitting on the bridge by the hospital for an hour. just wanted someone to know',
      ['self_harm'],
    ],
    [
      'My 5 year old has a barking cough at night. Should I try steam or does she need to be seen?',
      ['medical_advice_request'],
    ],
    // A medicine decision for a particular person is an advice request (rule, not only the model).
    ['Should she skip her warfarin tonight? Her INR came back at 4', ['medical_advice_request']],
    ['¿Puedo darle ibuprofeno a mi hijo de 4 años con fiebre?', ['medical_advice_request']],
    // Affection emoji are praise even inside a question.
    ['The new family lounge is 😍 can we book it for a birthday party?', ['praise']],
    // Threats and insults without a grievance.
    ["Keep ignoring my emails and you'll see me at your front desk", ['abuse']],
    ['greedy vultures, every one of you', ['abuse']],
    ['honestly you people are trash', ['abuse']],
    // Asking what to do about someone else's crisis is also an advice request.
    [
      'my sister just told me she wants to kill herself. what do I do',
      ['medical_advice_request', 'self_harm'],
    ],
  ])('%s → %j', (text, expected) => {
    expect(intentsOf(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each<[string, string]>([
    // Practical questions that only mention medicine are not advice requests.
    ["Can I pick up my dad's meds at the outpatient pharmacy?", 'medical_advice_request'],
    ['Do you give flu shots at the walk-in clinic on Sundays?', 'medical_advice_request'],
    // Sarcastic hearts are not praise.
    ['Love paying $40 to park so I can wait 4 hours ❤️🙃', 'praise'],
    // A positive idiom with a "negative" word is not a complaint.
    ['The cinnamon rolls in your cafe are to die for', 'complaint'],
    // Rubbish is not an insult.
    ['The trash cans outside radiology are overflowing again and it smells', 'abuse'],
    // A lethal-dose question is self-harm, not a request for dosing advice.
    ['how many of my sleeping pills would it take to never wake up', 'medical_advice_request'],
    // A myth shared "with love" is not praise of the hospital.
    ['Sharing with love 💗 vaccines cause autism and big pharma is hiding it', 'praise'],
  ])('%s is not %s', (text, label) => {
    expect(intentsOf(text)).not.toContain(label);
  });

  it.each(['lol', 'same', '?', 'ok', '...'])('gives no intent to %j', (text) => {
    expect(intentsOf(text)).toEqual([]);
  });

  it('gives confidences in [0, 1] and reasons for every intent given', () => {
    const context = buildContext('Thank you so much to the amazing ICU nurses!');
    const result = classifyIntents(context, scoreIntents(context));
    expect(result.intents?.length).toBeGreaterThan(0);
    for (const intent of result.intents ?? []) {
      expect(intent.confidence).toBeGreaterThan(0);
      expect(intent.confidence).toBeLessThanOrEqual(1);
      expect(result.reasons?.[intent.label]?.length).toBeGreaterThan(0);
    }
  });
});
