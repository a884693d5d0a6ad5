import type { Intent } from '@bedside/domain';

import { commentOf, spansOf } from '../testing/fixtures';
import { analyseComment, type CommentSituations } from './analyse-comment';

const situations = (text: string, intents: Intent[] = []): CommentSituations =>
  analyseComment(commentOf({ text, intents })).situations;

describe('analyseComment', () => {
  it.each<[string, Intent[], keyof CommentSituations]>([
    ['Room 12 has not been cleaned in 3 days. Unacceptable.', [], 'complaint'],
    ['Why does the TV cost $14 a day?', ['complaint'], 'complaint'],
    ['my friend is having a seizure and it is not stopping', [], 'emergency'],
    ['grandpa is choking on a piece of steak', [], 'emergency'],
    ['My kid ate 15 melatonin gummies', [], 'poisoning'],
    ['my toddler found my vitamins and ate a bunch', [], 'poisoning'],
    ['i want to kill myself', [], 'selfHarm'],
    ["can't go on, i have a plan for tonight", [], 'selfHarm'],
    ['Is it normal for my baby to sneeze a lot?', [], 'medicalAdvice'],
  ])('reads %j as %s', (text, intents, key) => {
    expect(situations(text, intents)[key]).toBe(true);
  });

  it.each<[string, Intent[], keyof CommentSituations]>([
    ['How do I pay my bill online?', ['complaint', 'service_question'], 'complaint'],
    ['The cafeteria lady remembered my coffee order every morning', ['complaint'], 'complaint'],
    [
      'Played cards with my son for 3 hours in the waiting room, thank you!',
      ['complaint', 'praise'],
      'complaint',
    ],
    ['nobody would even notice if i was gone', ['self_harm', 'complaint'], 'complaint'],
    [
      'You saved my husband after his heart attack last year, thank you',
      ['emergency'],
      'emergency',
    ],
    ['I got food poisoning from the cafeteria', ['complaint'], 'poisoning'],
    ['this wait is killing me 💀', ['complaint'], 'selfHarm'],
  ])('does not read %j as %s', (text, intents, key) => {
    expect(situations(text, intents)[key]).toBe(false);
  });

  it('marks health terms personal only when said about a person', () => {
    const personal = analyseComment(commentOf({ text: 'My migraines are finally gone!' }));
    const general = analyseComment(
      commentOf({ text: 'Measles is harmless.', intents: ['misinformation'] }),
    );
    expect([...personal.healthTerms.values()].map((term) => term.personal)).toEqual([true]);
    expect([...general.healthTerms.values()].map((term) => term.personal)).toEqual([false]);
  });

  it('collects names from PHI spans and from name cues, and numbers but not prices', () => {
    const text = 'My mother Lucille is 94, in room 422. Thank you Dr. Abiodun! It cost $90.';
    const facts = analyseComment(commentOf({ text, phi: spansOf(text, 'person_name', 'Lucille') }));
    expect([...facts.names].sort()).toEqual(['abiodun', 'lucille']);
    expect(facts.numbers.map((number) => number.value)).toEqual(['94', '422']);
    expect(facts.phiTexts).toEqual(['lucille']);
  });
});
