import type { Intent } from '@bedside/domain';

import { checkReply } from '../check-reply';
import type {
  OrganisationSettings,
  ReplyTemplate,
  TemplateSituation,
  Violation,
} from '../compliance.types';
import { renderTemplate, TemplateError } from '../templates/render-template';

/** Invented comments of each situation that a template for it must answer cleanly. */
const SAMPLE_COMMENTS: Record<TemplateSituation, { text: string; intents: Intent[] }[]> = {
  praise: [
    { text: 'Thank you to the night nurses, you were wonderful to my mom!', intents: ['praise'] },
    { text: 'Best hospital around, everyone was so kind 💙', intents: ['praise'] },
  ],
  complaint: [
    {
      text: 'Waited 6 hours in the ER and nobody told us anything. Unacceptable.',
      intents: ['complaint'],
    },
    {
      text: 'I was charged twice for the same visit and billing never calls back.',
      intents: ['complaint'],
    },
  ],
  medical_advice_request: [
    {
      text: 'My son has had a fever for two days, should I give him more medicine?',
      intents: ['medical_advice_request'],
    },
    {
      text: 'Is it normal to feel dizzy after starting a new medication?',
      intents: ['medical_advice_request'],
    },
  ],
  emergency: [
    { text: 'My dad has crushing chest pain right now, what do we do', intents: ['emergency'] },
    { text: 'my friend collapsed and is not breathing', intents: ['emergency'] },
  ],
  poisoning: [
    { text: 'My toddler just swallowed some pills from my purse', intents: ['emergency'] },
  ],
  self_harm: [
    { text: "I don't want to be here anymore, I have a plan for tonight", intents: ['self_harm'] },
    {
      text: 'I am worried about my brother, he keeps saying he wants to die',
      intents: ['self_harm'],
    },
  ],
  service_question: [
    { text: 'Where do visitors park?', intents: ['service_question'] },
    { text: 'What are visiting hours on weekends?', intents: ['service_question'] },
  ],
  misinformation: [
    { text: 'Vaccines cause autism, everyone knows it.', intents: ['misinformation'] },
  ],
  spam_abuse: [{ text: 'Click the link in my bio for cheap meds', intents: ['spam'] }],
  general: [{ text: 'Hello from the neighborhood!', intents: [] }],
};

export interface TemplateCheck {
  key: string;
  /** True when the template fills and every sample reply has no findings at all. */
  ok: boolean;
  /** Why the template cannot be filled with these settings (unknown or empty variable). */
  error?: string;
  results: { sample: string; body: 'body' | 'shortBody'; violations: Violation[] }[];
}

/**
 * Runs the checker over a template filled from the settings, against a few invented comments of
 * its situation, for both `body` and `shortBody` (on X): what the template-management screen shows
 * before a template is saved. A template for hiding (empty body) has nothing to check.
 *
 * @example checkTemplate(BUILT_IN_TEMPLATES[0], settings) // -> { key: 'praise.kind-words', ok: true, results: [...] }
 */
export function checkTemplate(
  template: ReplyTemplate,
  settings: OrganisationSettings,
): TemplateCheck {
  const results: TemplateCheck['results'] = [];
  if (template.body.trim() === '') {
    return { key: template.key, ok: true, results };
  }
  const variants: ('body' | 'shortBody')[] = template.shortBody ? ['body', 'shortBody'] : ['body'];
  for (const body of variants) {
    let reply: string;
    try {
      reply = renderTemplate(template, settings, {}, { short: body === 'shortBody' });
    } catch (error) {
      if (error instanceof TemplateError) {
        return { key: template.key, ok: false, error: error.message, results };
      }
      throw error;
    }
    for (const sample of SAMPLE_COMMENTS[template.situation]) {
      const { violations } = checkReply(reply, {
        comment: { ...sample, phi: [], channel: body === 'shortBody' ? 'x' : undefined },
        settings,
      });
      results.push({ sample: sample.text, body, violations });
    }
  }
  return {
    key: template.key,
    ok: results.every((result) => result.violations.length === 0),
    results,
  };
}
