import { buildContext } from '../build-context';
import { runPhases, TRIAGE_PHASES } from '../triage';
import type { TriageDraft } from '../triage.types';
import { classifySentiment } from './classify-sentiment';

function sentimentOf(text: string): string | undefined {
  return runPhases(buildContext(text), TRIAGE_PHASES).sentiment?.label;
}

describe('classifySentiment', () => {
  it.each([
    ['Huge thank you to the NICU nurses, you are angels ❤️', 'positive'],
    ['Best hospital in the state. Five stars.', 'positive'],
    ['Gracias por todo. Los mejores enfermeros 💙', 'positive'],
    ['Waited 7 hours with a broken wrist and nobody even gave me ice. Terrible.', 'negative'],
    [
      'Love that your billing is faster than your triage 🙃 got the bill before discharge',
      'negative',
    ],
    ['Does the hospital have EV chargers in the parking garage?', 'neutral'],
    ['What are your visiting hours on Thanksgiving?', 'neutral'],
    ['not good at all, very disappointed', 'negative'],
    ['I love this song so much!!', 'positive'],
    ['The game starts at 7 tonight on channel 4', 'neutral'],
    ['this is the worst day ever, I hate everything', 'negative'],
    // Advice requests: calm is neutral whatever the symptom words, worried is negative.
    [
      'My 6 year old has had a rash on her legs for two days, no fever. Should we see her pediatrician?',
      'neutral',
    ],
    ['Is it normal for my incision to itch and bleed a little a week after surgery?', 'neutral'],
    [
      "I'm so scared, my dad's biopsy came back abnormal. Should he get a second opinion?",
      'negative',
    ],
    // A 4-star review with one gripe is positive; enthusiastic praise through an idiom too.
    ['4 stars. Long wait but the nurses were wonderful and explained everything', 'positive'],
    ['The cinnamon rolls in your cafe are to die for', 'positive'],
    // A practical question that thanks someone is warm, not plain.
    ['Where can I send a thank you card to the labor and delivery nurses?', 'positive'],
    // Mixed reviews follow the clause after "but" (by the labelling rules, a gripe wins).
    ['The nurses were great but the billing department has been a nightmare', 'negative'],
  ])('%s → %s', (text, expected) => {
    expect(sentimentOf(text)).toBe(expected);
  });

  it('gives a score in [-1, 1] whose sign agrees with the label', () => {
    const context = buildContext('Thank you so much, amazing team!');
    const sentiment = classifySentiment(context, {}).sentiment;
    expect(sentiment?.label).toBe('positive');
    expect(sentiment?.score).toBeGreaterThan(0);
    expect(sentiment?.score).toBeLessThanOrEqual(1);
  });

  it('follows the tone the intents imply: abuse is negative whatever the words', () => {
    const draft: TriageDraft = { intents: [{ label: 'abuse', confidence: 0.9 }] };
    const result = classifySentiment(buildContext('you are all so great, clowns'), draft);
    expect(result.sentiment?.label).toBe('negative');
    expect(result.reasons?.sentiment?.[0]).toBe('abuse → negative');
  });

  it('says why a calm or worried advice request got its tone', () => {
    const calm = runPhases(
      buildContext('How much Tylenol can I give my 30 lb toddler with a fever of 101?'),
      TRIAGE_PHASES,
    );
    expect(calm.sentiment?.label).toBe('neutral');
    const worried = runPhases(
      buildContext(
        "I'm really worried, my mom's legs are swollen and she can't sleep. Should she go in?",
      ),
      TRIAGE_PHASES,
    );
    expect(worried.sentiment?.label).toBe('negative');
    expect(worried.reasons?.sentiment?.[0]).toMatch(/^worried advice request/);
  });

  it('names the words behind the tone', () => {
    const result = classifySentiment(buildContext('Thank you, wonderful nurses'), {});
    expect(result.reasons?.sentiment?.join(' ')).toMatch(/thank|wonderful/);
  });
});
