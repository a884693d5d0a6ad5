import type { ChannelKind } from '@bedside/domain';

import { analyseComment, type CommentFacts } from '../analysis/analyse-comment';
import { checkReply } from '../check-reply';
import type {
  CommentForReply,
  Draft,
  DraftOptions,
  OrganisationSettings,
  ReplyTemplate,
  TemplateSituation,
  Violation,
} from '../compliance.types';
import { CHANNEL_LIMITS, weightedLength } from '../rules/channel-limit';
import { BUILT_IN_TEMPLATES } from '../templates/built-in-templates';
import { renderTemplate, TemplateError } from '../templates/render-template';

const WAIT_CUES =
  /\b(?:wait|waits|waited|waiting|hours|hrs|hour|line|took forever|all day|all night)\b/;
const BILLING_CUES =
  /\b(?:bill|billed|billing|charge|charged|charges|\$\s?\d|cost|price|fee|fees|insurance|statement|invoice|collections?)\b/;

/** A self-harm comment about someone else ("my roommate is cutting herself"). */
const WORRIED_ABOUT_SOMEONE =
  /\b(?:worried about (?:my|a|our) \w+|(?:he|she|they)(?:'s| is| are| keeps| has been| have been| wants| said| says| talks?| posted| won't)\b[^.!?]{0,30}\b(?:die|dying|suicid\w*|kill|cutting|hurt|end it|not wake up|goodbye)|(?:herself|himself|themselves)\b)/;

/** Situations from most to least urgent; the drafter answers the first that applies. */
const SITUATION_ORDER: readonly TemplateSituation[] = [
  'emergency',
  'poisoning',
  'self_harm',
  'spam_abuse',
  'complaint',
  'medical_advice_request',
  'misinformation',
  'service_question',
  'praise',
  'general',
];

/**
 * Drafts a public reply from the templates: picks the situation (emergency and poisoning before
 * self-harm, then spam/abuse to hide, complaint, medical advice, misinformation, service question,
 * praise, general), prefers the wording for the comment's narrower case (waits, billing, a child,
 * medicines, someone else, parking…), varies the wording by `seed` (the comment text by default),
 * uses the short body on X, appends the sign-off when it fits, and checks the result. A template
 * that fails the checker or lacks a setting is skipped; when none passes (a complaint with no
 * Patient Relations contact configured), the best attempt is returned with its violations.
 *
 * @example draftReply({ text: 'Thank you to the NICU nurses!', intents: ['praise'], phi: [] }, settings)
 *   // -> { reply: 'This made our day, thank you! …', template: 'praise.made-our-day', situation: 'praise', action: 'reply', violations: [] }
 */
export function draftReply(
  comment: CommentForReply,
  settings: OrganisationSettings,
  options: DraftOptions = {},
): Draft {
  const templates = options.templates ?? BUILT_IN_TEMPLATES;
  const facts = analyseComment(comment);
  const situation = pickSituation(comment, facts);
  if (situation === 'spam_abuse') {
    const hide = templates.find((template) => template.situation === 'spam_abuse');
    return {
      reply: '',
      template: hide?.key ?? 'spam-abuse.hide',
      situation,
      action: 'hide',
      violations: [],
    };
  }
  const seed = options.seed ?? comment.text;
  let best: { draft: Draft; score: number } | null = null;
  for (const template of candidateOrder(
    templates,
    situation,
    preferredVariants(situation, facts),
    seed,
  )) {
    const reply = renderFor(template, settings, comment.channel);
    if (reply === null) {
      continue;
    }
    const { violations } = checkReply(reply, { comment, settings });
    const draft: Draft = { reply, template: template.key, situation, action: 'reply', violations };
    if (violations.length === 0) {
      return draft;
    }
    // Another situation's wording is only a safety net for a reply that passes outright; a
    // failing draft is reported in the comment's own situation.
    const score = scoreOf(violations);
    if (template.situation === situation && (best === null || score < best.score)) {
      best = { draft, score };
    }
  }
  return (
    best?.draft ?? {
      reply: '',
      template: '',
      situation,
      action: 'reply',
      violations: [],
    }
  );
}

/** The situation to answer, by the priority of `SITUATION_ORDER`. */
export function pickSituation(comment: CommentForReply, facts: CommentFacts): TemplateSituation {
  const situations = facts.situations;
  const intents = new Set(comment.intents);
  const applies: Record<TemplateSituation, boolean> = {
    emergency: situations.emergency && !situations.poisoning,
    poisoning: situations.poisoning,
    self_harm: situations.selfHarm,
    spam_abuse: situations.spamOrAbuse,
    complaint: situations.complaint,
    medical_advice_request: situations.medicalAdvice,
    misinformation: situations.misinformation,
    service_question: intents.has('service_question'),
    praise: intents.has('praise'),
    general: true,
  };
  return SITUATION_ORDER.find((situation) => applies[situation]) ?? 'general';
}

function preferredVariants(situation: TemplateSituation, facts: CommentFacts): string[] {
  const situations = facts.situations;
  const lower = facts.text.text;
  switch (situation) {
    case 'emergency':
    case 'poisoning':
      return situations.selfHarm
        ? ['self-harm']
        : situations.aboutSomeoneElse
          ? ['someone-else']
          : [];
    case 'self_harm':
      return WORRIED_ABOUT_SOMEONE.test(lower) ? ['someone-else'] : [];
    case 'complaint':
      return [
        ...(situations.medicalAdvice ? ['medical'] : []),
        ...(BILLING_CUES.test(lower) ? ['billing'] : []),
        ...(WAIT_CUES.test(lower) ? ['wait-times'] : []),
      ];
    case 'medical_advice_request':
      return [
        ...(situations.aboutMedication ? ['medication'] : []),
        ...(situations.aboutChild ? ['child'] : []),
      ];
    case 'service_question':
      return situations.serviceTopic ? [situations.serviceTopic] : [];
    case 'praise':
      return situations.namesStaff ? ['staff'] : [];
    default:
      return [];
  }
}

/**
 * Templates to try, in order: the situation's preferred variants, then its general wordings, then
 * its other variants, each group shuffled by the seed; then the crisis templates and everything
 * else as a safety net (a crisis the situation did not foresee still gets a passing reply).
 */
function candidateOrder(
  templates: readonly ReplyTemplate[],
  situation: TemplateSituation,
  variants: readonly string[],
  seed: string,
): ReplyTemplate[] {
  const own = templates.filter((template) => template.situation === situation);
  const groups: ReplyTemplate[][] = [
    ...variants.map((variant) => own.filter((template) => template.variant === variant)),
    own.filter((template) => template.variant === undefined),
    own.filter(
      (template) => template.variant !== undefined && !variants.includes(template.variant),
    ),
  ];
  const ordered = groups.flatMap((group) => shuffle(group, seed));
  const crisis: TemplateSituation[] = ['emergency', 'poisoning', 'self_harm'];
  const rest = templates.filter(
    (template) => template.situation !== situation && template.situation !== 'spam_abuse',
  );
  rest.sort(
    (left, right) =>
      Number(!crisis.includes(left.situation)) - Number(!crisis.includes(right.situation)),
  );
  return [...ordered, ...rest];
}

/** Deterministic shuffle: order by a hash of seed and key. */
function shuffle(templates: readonly ReplyTemplate[], seed: string): ReplyTemplate[] {
  return [...templates].sort(
    (left, right) => hash(`${seed}|${left.key}`) - hash(`${seed}|${right.key}`),
  );
}

/** FNV-1a, 32-bit. */
function hash(value: string): number {
  let result = 0x811c9dc5;
  for (let index = 0; index < value.length; index++) {
    result ^= value.charCodeAt(index);
    result = Math.imul(result, 0x01000193);
  }
  return result >>> 0;
}

/** The filled template for the channel (short body on X), with the sign-off when it fits. */
function renderFor(
  template: ReplyTemplate,
  settings: OrganisationSettings,
  channel: ChannelKind | undefined,
): string | null {
  let text: string;
  try {
    text = renderTemplate(template, settings, {}, { short: channel === 'x' });
  } catch (error) {
    if (error instanceof TemplateError) {
      return null;
    }
    throw error;
  }
  const limit = channel ? CHANNEL_LIMITS[channel] : undefined;
  const signOff = settings.signOff.trim();
  if (signOff !== '') {
    const signed = `${text} ${signOff}`;
    const length = channel === 'x' ? weightedLength(signed) : signed.length;
    if (limit === undefined || length <= limit) {
      text = signed;
    }
  }
  return text;
}

/** Lower is better: blocking findings weigh far more than warnings. */
function scoreOf(violations: readonly Violation[]): number {
  return violations.reduce((sum, violation) => sum + (violation.severity === 'block' ? 100 : 1), 0);
}
