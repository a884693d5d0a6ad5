import type { Intent } from '@bedside/domain';

import { weightedLength } from '../rules/channel-limit';
import { commentOf, LONG_SETTINGS, spansOf, TEST_SETTINGS } from '../testing/fixtures';
import { draftReply } from './draft-reply';

/** Invented comments of every intent (and the crises the cue lists catch without one). */
const COMMENTS: [text: string, intents: Intent[], situation: string, mustContain: string[]][] = [
  ['The nurses on 3 West were so kind to my grandma 💙', ['praise'], 'praise', []],
  ['Nurse Olu made the whole week easier, thank you!', ['praise'], 'praise', []],
  [
    'Waited 7 hours in the ER with my son. Unacceptable.',
    ['complaint'],
    'complaint',
    ['(555) 017-2200'],
  ],
  [
    'I was charged twice for the same scan. Ridiculous!',
    ['complaint'],
    'complaint',
    ['(555) 017-2200'],
  ],
  [
    'My 3 year old has a fever of 102, should I give Motrin?',
    ['medical_advice_request'],
    'medical_advice_request',
    [],
  ],
  [
    'Can I take ibuprofen with my blood pressure pills?',
    ['medical_advice_request'],
    'medical_advice_request',
    [],
  ],
  [
    'Is this rash normal after antibiotics?',
    ['medical_advice_request'],
    'medical_advice_request',
    [],
  ],
  ['My dad has crushing chest pain right now, what do we do', ['emergency'], 'emergency', ['911']],
  ['my friend collapsed and is not breathing', [], 'emergency', ['911']],
  [
    'My toddler just swallowed some of my pills',
    ['emergency'],
    'poisoning',
    ['1-800-222-1222', '911'],
  ],
  ['i have a plan and i am doing it tonight', ['self_harm'], 'self_harm', ['988', '911']],
  [
    'worried about my brother, he keeps saying he wants to die',
    ['self_harm'],
    'self_harm',
    ['988'],
  ],
  [
    'My roommate locked herself in the bathroom and is cutting herself',
    ['self_harm', 'emergency'],
    'emergency',
    ['911', '988'],
  ],
  ['Where do visitors park?', ['service_question'], 'service_question', ['parking']],
  ['What are visiting hours for the ICU?', ['service_question'], 'service_question', ['visit']],
  ['How do I get a copy of my records?', ['service_question'], 'service_question', ['records']],
  ['How do I pay my bill online?', ['service_question'], 'service_question', ['(555) 017-4400']],
  [
    'Can you tell me if my brother Sam is in your ER?',
    ['service_question'],
    'service_question',
    [],
  ],
  ['Do you have a chapel?', ['service_question'], 'service_question', ['(555) 017-1000']],
  ['Vaccines cause autism, everyone knows it.', ['misinformation'], 'misinformation', ['https://']],
  ['Hot singles in your area 💋 click my bio', ['spam'], 'spam_abuse', []],
  ['You people are clowns', ['abuse'], 'spam_abuse', []],
  ['lol', [], 'general', []],
];

describe('draftReply', () => {
  it.each(COMMENTS)('drafts a passing reply to %j', (text, intents, situation, mustContain) => {
    const phi = spansOf(text, 'person_name', 'Sam', 'Olu');
    const draft = draftReply(commentOf({ text, intents, phi }), TEST_SETTINGS);
    expect(draft.situation).toBe(situation);
    expect(draft.violations).toEqual([]);
    expect(draft.action).toBe(situation === 'spam_abuse' ? 'hide' : 'reply');
    const missing = mustContain.filter(
      (part) => !draft.reply.toLowerCase().includes(part.toLowerCase()),
    );
    expect(missing).toEqual([]);
    expect(draft.reply === '').toBe(situation === 'spam_abuse');
  });

  it('opens every emergency reply with the emergency number', () => {
    const draft = draftReply(
      commentOf({ text: 'my wife is having a seizure right now', intents: ['emergency'] }),
      TEST_SETTINGS,
    );
    expect(draft.reply.split('.')[0]).toContain('911');
  });

  it.each(COMMENTS)('keeps the X draft for %j within 280 characters', (text, intents) => {
    const draft = draftReply(commentOf({ text, intents, channel: 'x' }), LONG_SETTINGS);
    expect(weightedLength(draft.reply)).toBeLessThanOrEqual(280);
    expect(draft.violations).toEqual([]);
  });

  it('never copies the comment’s words into the reply', () => {
    const text = 'My mother Lucille had a stroke in room 412 and the neuro unit was amazing';
    const draft = draftReply(
      commentOf({ text, intents: ['praise'], phi: spansOf(text, 'person_name', 'Lucille') }),
      TEST_SETTINGS,
    );
    expect(draft.reply.toLowerCase()).not.toMatch(/lucille|stroke|412|neuro/);
  });

  it('varies the wording by seed, and the same seed gives the same draft', () => {
    for (const [text, intents] of [
      ['Thank you to the whole team!', ['praise']],
      ['Terrible experience, nobody listened.', ['complaint']],
    ] as [string, Intent[]][]) {
      const comment = commentOf({ text, intents });
      const replies = new Set(
        ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map(
          (seed) => draftReply(comment, TEST_SETTINGS, { seed }).reply,
        ),
      );
      expect(replies.size).toBeGreaterThan(1);
      expect(draftReply(comment, TEST_SETTINGS, { seed: 'x' })).toEqual(
        draftReply(comment, TEST_SETTINGS, { seed: 'x' }),
      );
    }
  });

  it('appends the sign-off when it fits', () => {
    const settings = { ...TEST_SETTINGS, signOff: '– The Harbor View team' };
    const draft = draftReply(commentOf({ text: 'Great nurses!', intents: ['praise'] }), settings);
    expect(draft.reply.endsWith('– The Harbor View team')).toBe(true);
    expect(draft.violations).toEqual([]);
  });

  it('falls back to the best complaint template, with its violations, when no contact is configured', () => {
    const settings = {
      ...TEST_SETTINGS,
      patientRelationsPhone: '',
      patientRelationsEmail: '',
      patientRelationsUrl: '',
    };
    const draft = draftReply(
      commentOf({ text: 'Rude staff, unacceptable.', intents: ['complaint'] }),
      settings,
    );
    expect(draft.situation).toBe('complaint');
    expect(draft.template).toBe('complaint.no-contact');
    expect(draft.violations.map((violation) => violation.code)).toEqual(['missing_offline_path']);
  });

  it('uses custom templates when given', () => {
    const draft = draftReply(
      commentOf({ text: 'Love this page', intents: ['praise'] }),
      TEST_SETTINGS,
      {
        templates: [
          { key: 'praise.custom', name: 'Custom', situation: 'praise', body: 'Thank you!' },
        ],
      },
    );
    expect(draft).toEqual({
      reply: 'Thank you!',
      template: 'praise.custom',
      situation: 'praise',
      action: 'reply',
      violations: [],
    });
  });
});
