import type { Intent } from '@bedside/domain';

import { checkReply } from './check-reply';
import { RULES_VERSION } from './rules-version';
import { renderTemplate } from './templates/render-template';
import { commentOf, TEST_SETTINGS } from './testing/fixtures';

/** Section 6 of COMPLIANCE.md, verbatim, with the comment each one answers. */
const MODEL_REPLIES: [section: string, comment: string, intents: Intent[], body: string][] = [
  [
    '6.1.1',
    'The night nurses were amazing to my dad!',
    ['praise'],
    "Thank you so much for taking the time to share this. Kind words like these mean a great deal to our team, and we'll make sure they're passed along.",
  ],
  [
    '6.1.2',
    'Best ER visit ever, so kind.',
    ['praise'],
    "This made our day — thank you! We're proud of the people who work here and will share your message with the team.",
  ],
  [
    '6.1.3',
    'Your staff are angels.',
    ['praise'],
    'Thank you for the kind words about our staff. Messages like this are a wonderful reminder of why they do what they do.',
  ],
  [
    '6.1.4',
    'Nurse Kendra was wonderful during my delivery!',
    ['praise'],
    "Thank you for recognizing our team — we'll pass your kind words along.",
  ],
  [
    '6.2.1',
    'Nobody answered the call light for an hour. Terrible.',
    ['complaint'],
    "We're sorry to hear about the concerns you've described. We take feedback like this seriously and would like to learn more. Please contact our Patient Relations team at {PATIENT_RELATIONS_PHONE} or {PATIENT_RELATIONS_EMAIL} so they can follow up directly.",
  ],
  [
    '6.2.2',
    'The ER sent me home and I got worse. Awful.',
    ['complaint'],
    "Thank you for letting us know. Privacy laws prevent us from discussing any individual's care on social media, including whether someone has been treated here, but we want to hear more. Please reach our Patient Relations team at {PATIENT_RELATIONS_PHONE} or {PATIENT_RELATIONS_URL}.",
  ],
  [
    '6.2.3',
    'Waited 8 hours in your ER. Unacceptable.',
    ['complaint'],
    "We understand how hard long waits can be. Our emergency department cares for the most urgent cases first, which can mean longer waits for others, and we're always working to improve. If you'd like to share more, our Patient Relations team is at {PATIENT_RELATIONS_PHONE}.",
  ],
  [
    '6.2.4',
    'Why was I charged twice?? Ridiculous.',
    ['complaint'],
    "We're sorry for the frustration. Our billing team can help with any questions about a bill or statement at {BILLING_PHONE}, and Patient Relations is available at {PATIENT_RELATIONS_PHONE} if you'd like to share other concerns.",
  ],
  [
    '6.3.1',
    'I have had a headache for three days, should I worry?',
    ['medical_advice_request'],
    "Thanks for reaching out. We aren't able to give medical advice on social media, because safe advice depends on a full picture of someone's health. Please check with your own doctor or health care provider, or call our nurse advice line at {NURSE_LINE}. If symptoms are severe or getting worse quickly, call 911 or go to the nearest emergency department.",
  ],
  [
    '6.3.2',
    'My 2 year old has a 103 fever, should I give ibuprofen?',
    ['medical_advice_request'],
    "We're sorry your little one isn't feeling well. We can't give medical advice here, but your child's pediatrician or our nurse line at {NURSE_LINE} can help right away. If your child has trouble breathing, is very hard to wake, or you think it's an emergency, call 911 or go to the nearest emergency department.",
  ],
  [
    '6.3.3',
    'Can I take melatonin with my sertraline?',
    ['medical_advice_request'],
    'Questions about medicines and doses are best answered by your own doctor or pharmacist, who can take your full health history into account. Our nurse line at {NURSE_LINE} is also available 24/7.',
  ],
  [
    '6.3.4',
    'When does flu season usually peak?',
    ['medical_advice_request'],
    'Good question! You can find general information about {TOPIC} on our website at {RESOURCE_URL}. For advice about your own situation, please talk with your health care provider.',
  ],
  [
    '6.4.1',
    'My husband has crushing chest pain right now',
    ['emergency'],
    "Please call 911 now or go to the nearest emergency department right away. This page isn't monitored around the clock, so please don't wait for a reply here.",
  ],
  [
    '6.4.2',
    "I can't breathe and my throat is closing",
    ['emergency'],
    "If this is happening right now, call 911 immediately or go to the nearest emergency department. Please don't wait for a reply here.",
  ],
  [
    '6.4.3',
    'My friend collapsed and is not responding',
    ['emergency'],
    'Please call 911 for them right away or get them to the nearest emergency department. Emergency teams can help immediately.',
  ],
  [
    '6.4.4',
    'My toddler swallowed a laundry pod',
    ['emergency'],
    "Please call Poison Help at 1-800-222-1222 right now — it's free and open 24/7. If the person is unconscious, not breathing, or having a seizure, call 911 immediately.",
  ],
  [
    '6.5.1',
    'I have a plan and tonight is the night',
    ['self_harm'],
    "We're really glad you reached out, and we care about what happens to you. Please call or text 988, or chat at 988lifeline.org, to talk with a trained counselor any time, day or night. If you're in immediate danger, call 911 now.",
  ],
  [
    '6.5.2',
    'everyone would be better off without me',
    ['self_harm'],
    "You don't have to go through this alone. The 988 Suicide & Crisis Lifeline is free, confidential and available 24/7 — call or text 988, or chat at 988lifeline.org. If you might act on these thoughts right now, please call 911.",
  ],
  [
    '6.5.3',
    'worried about my sister, she keeps saying she wants to die',
    ['self_harm'],
    "Thank you for looking out for them. You can call or text 988 for guidance on how to help, any time. If they're in immediate danger, call 911 right away.",
  ],
  [
    '6.5.4',
    "Vet here, I don't want to live anymore. Saying goodbye tonight.",
    ['self_harm'],
    "Please call 988 and press 1 to reach the Veterans Crisis Line, or text 838255. If you're in immediate danger, call 911.",
  ],
  [
    '6.6.1',
    'What are your visiting hours?',
    ['service_question'],
    'Great question! Our current visiting hours and guidelines are on our website at {VISITOR_URL}. You can also call our main line at {MAIN_PHONE}.',
  ],
  [
    '6.6.2',
    'Where do I park for the cancer center?',
    ['service_question'],
    'Thanks for asking! Parking options, rates and directions are at {PARKING_URL}. Our main line at {MAIN_PHONE} can help with anything else.',
  ],
  [
    '6.6.3',
    'How do I get a copy of my records?',
    ['service_question'],
    "Anyone can request copies of their own medical records through our Health Information Management office at {RECORDS_URL}. They'll walk you through the steps.",
  ],
  [
    '6.6.4',
    'Do you do sleep studies?',
    ['service_question'],
    'Yes — {HOSPITAL_NAME} offers {SERVICE}. You can learn more and find how to schedule at {RESOURCE_URL}, or ask your primary care provider about a referral.',
  ],
  [
    '6.7.1',
    'Vaccines cause autism, everyone knows it.',
    ['misinformation'],
    '{FACT}. You may have seen claims that {MYTH_SHORT}, but {WHY_WRONG}. The {SOURCE_NAME} has more information here: {SOURCE_URL}. Your health care provider is also a great person to ask.',
  ],
  [
    '6.7.2',
    'The COVID vaccine was never tested.',
    ['misinformation'],
    "Vaccines go through clinical trials before approval and their safety keeps being monitored afterwards. You can read how that works from the CDC: {SOURCE_URL}. If you have questions about what's right for you, please talk with your provider.",
  ],
  [
    '6.7.3',
    'Heard Harbor View is closing its ER next month',
    ['misinformation'],
    'We want to clear this up: {FACT_ABOUT_HOSPITAL}. The latest updates are always posted at {RESOURCE_URL}.',
  ],
  [
    '6.7.4',
    "You still haven't answered my question about vaccines.",
    ['misinformation'],
    "We've shared the best information we have at {SOURCE_URL}. We're always happy to take questions by phone at {MAIN_PHONE}.",
  ],
];

const CALLER_VARIABLES = {
  TOPIC: 'flu season',
  RESOURCE_URL: 'https://harborview.example.org/health-library',
  SERVICE: 'sleep studies',
  FACT: 'Vaccines do not cause autism',
  MYTH_SHORT: 'vaccines cause autism',
  WHY_WRONG: 'large studies of millions of children have found no link',
  SOURCE_NAME: 'CDC',
  SOURCE_URL: 'https://www.cdc.gov/vaccinesafety',
  FACT_ABOUT_HOSPITAL: 'our emergency department is open 24/7 and is not closing',
};

describe('checkReply', () => {
  it.each(MODEL_REPLIES)('passes model reply %s clean', (section, comment, intents, body) => {
    const reply = renderTemplate(
      { key: section, name: section, situation: 'general', body },
      TEST_SETTINGS,
      CALLER_VARIABLES,
    );
    const result = checkReply(reply, {
      comment: commentOf({ text: comment, intents }),
      settings: TEST_SETTINGS,
    });
    expect(result.violations).toEqual([]);
    expect(result.compliant).toBe(true);
  });

  it('maps every violation to offsets in the original reply', () => {
    const reply = 'Hi!  We\u2019re so glad YOUR STAY was comfortable 💙 and welcome back!';
    const result = checkReply(reply, {
      comment: commentOf({ text: 'Lovely stay', intents: ['praise'] }),
      settings: TEST_SETTINGS,
    });
    expect(result.compliant).toBe(false);
    expect(result.rulesVersion).toBe(RULES_VERSION);
    expect(
      result.violations.map((violation) => reply.slice(violation.start, violation.end)),
    ).toEqual(['YOUR STAY', 'welcome back']);
  });

  it('is compliant with warnings only, and lists whole-reply findings last with 0, 0', () => {
    const result = checkReply('Thank you! Hope you feel better soon.', {
      comment: commentOf({ text: 'My headache is gone, thanks ER!', intents: ['praise'] }),
      settings: TEST_SETTINGS,
    });
    expect(result.compliant).toBe(true);
    expect(result.violations.map((violation) => [violation.code, violation.severity])).toEqual([
      ['health_well_wish', 'warn'],
    ]);
  });

  it('never quotes the comment or the reply in a message', () => {
    const result = checkReply("We're glad Lucille's stroke treatment in room 412 went well.", {
      comment: commentOf({ text: 'My mother Lucille had a stroke, room 412', intents: ['praise'] }),
      settings: TEST_SETTINGS,
    });
    expect(result.violations.length).toBeGreaterThan(2);
    for (const violation of result.violations) {
      expect(violation.message.toLowerCase()).not.toMatch(/lucille|stroke|412/);
    }
  });

  it('does not depend on the triage: cue words in the comment decide the requirements', () => {
    const result = checkReply('Thanks for letting us know!', {
      comment: commentOf({ text: 'my dad is choking and turning blue', intents: [] }),
      settings: TEST_SETTINGS,
    });
    expect(result.violations.map((violation) => violation.code)).toContain('dismisses_emergency');
  });
});
