import { buildContext } from '../build-context';
import type { TriageDraft } from '../triage.types';
import { detectCrisis } from './detect-crisis';

function crisisOf(
  text: string,
  draft: TriageDraft = {},
): { emergency: boolean; selfHarm: boolean } {
  return detectCrisis(buildContext(text), draft).crisis ?? { emergency: false, selfHarm: false };
}

describe('detectCrisis: emergencies', () => {
  it.each([
    'my friend is having a seizure and it is not stopping, we are at the mall',
    "i cut my hand on a mandoline and it's spurting, soaked through 2 dish towels",
    "grandpa is choking on a piece of steak, he can't talk or cough",
    'Mi esposo tiene un dolor de pecho muy fuerte y está sudando mucho',
    "allergic to bees, just got stung on the neck, don't have my epipen, my face is swelling up",
    'my insulin pump alarm keeps going off and my sugar reads 45, sweaty and shaky',
    'My 2 month old just went limp and gray and now she is breathing really fast',
    'my dad has chest pain right now and his left arm is numb',
    'her face is drooping on one side and her words are slurred',
    'my son drank some of the drain cleaner under the sink',
    '2 year old swallowed a button battery, what do I do',
    'PLEASE HELP my 3 year old just swallowed one of those little round batteries from the tv remote. he seems fine right now, do I make him throw up?',
    'my toddler swallowed 3 of the magnets from his sister’s toy',
    'lol my appendix might be bursting, uber or ambulance?',
    'No puede respirar y tiene los labios morados',
    'mi niña se tomó un frasco de jarabe y está muy dormida, sobredosis?',
    'my brother overdosed, we gave him narcan and he is barely breathing',
    'worst headache of my life came on suddenly 10 min ago',
    "my mom suddenly can't move her right leg and her speech went weird",
    'Mi hijo se está poniendo azul y no puede respirar',
    'No puedo respirar y me duele el pecho',
    'tiene dolor de pecho desde hace media hora',
  ])('flags: %s', (text) => {
    expect(crisisOf(text).emergency).toBe(true);
  });

  it.each([
    'Ambulance brought me here unconscious after a car wreck last year. 5 stars forever.',
    'my husband came in by ambulance after a heart attack, and he is home now thanks to you',
    'My son swallowed a penny an hour ago. He is breathing fine and not drooling.',
    'I get chest pain sometimes when I run, it goes away when I stop',
    "They told me my X-ray was normal but I still can't lift my arm above my shoulder",
    'I got food poisoning from the cafeteria chicken salad',
    'Why did I get a $2,400 bill for a 3 mile ambulance ride?',
    'The shower chair collapsed under my husband on the rehab floor',
    'This wait is killing me, 4 hours in the lobby',
    'I have a glucose test at 28 weeks, do I need to fast?',
    "I can't lift my arm above my head since my shoulder surgery, is that normal?",
  ])('does not flag: %s', (text) => {
    expect(crisisOf(text).emergency).toBe(false);
  });

  it('explains an emergency by the words that matched', () => {
    const reasons = detectCrisis(buildContext('he is choking!!'), {}).reasons ?? {};
    expect(reasons.emergency).toEqual(['"choking"']);
  });

  it('lets a very confident model raise the flag without a cue', () => {
    const draft: TriageDraft = { intentScores: { emergency: 0.97 } as TriageDraft['intentScores'] };
    expect(crisisOf('something is very wrong with my baby', draft).emergency).toBe(true);
  });
});

describe('detectCrisis: self-harm', () => {
  it.each([
    "can't do this anymore. said goodbye to my dog today. she'll be ok with my neighbor.",
    'sometimes i wish the cancer would just hurry up and take me',
    'how many of my blood pressure pills would it take to not wake up',
    'been sitting on the bridge by the hospital for an hour. just wanted someone to know',
    'My roommate has been cutting again and she locked herself in the bathroom',
    'Everyone would be better off without me',
    'Me quiero morir. Ya no aguanto más',
    'Estoy pensando en quitarme la vida esta noche',
    'My son told me he wants to kill himself and he is 14',
    "I don't want to be here anymore",
    'i keep thinking about driving my car into a wall on the way home',
    'they would all be happier if I was gone',
    'ya no quiero seguir viviendo',
    'my friend says she has a plan to end her life',
    'me quiero morir',
  ])('flags: %s', (text) => {
    expect(crisisOf(text).selfHarm).toBe(true);
  });

  it.each([
    'this wait is killing me 💀',
    'I will die on this hill: your mac and cheese is the best',
    'dying to know who designed the new lobby',
    'Does the suicide prevention walk still need volunteers?',
    'Thank you for posting the 988 crisis line info',
    'Said goodbye to my grandma in hospice today. The nurses were angels.',
    'I cut myself shaving, do I need a bandage?',
    'The cinnamon rolls in your cafe are to die for',
  ])('does not flag: %s', (text) => {
    expect(crisisOf(text).selfHarm).toBe(false);
  });

  it('treats pills laid out for tonight as self-harm under way (an emergency too)', () => {
    expect(crisisOf('My pills are lined up on the counter and tonight is it')).toEqual({
      emergency: true,
      selfHarm: true,
    });
  });

  it('needs a second cue or the model for a single weak cue', () => {
    const weak = 'done fighting with the billing office';
    expect(crisisOf(weak).selfHarm).toBe(false);
    const supported: TriageDraft = {
      intentScores: { self_harm: 0.5 } as TriageDraft['intentScores'],
    };
    expect(crisisOf(weak, supported).selfHarm).toBe(true);
  });
});
