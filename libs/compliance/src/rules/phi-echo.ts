import { MASK_CHAR } from '../analysis/analyse-reply';
import { findHealthTerms, type HealthTermHit } from '../lexicon/health-terms';
import {
  EVALUATIVE,
  HEALTH_VERDICT,
  POSSESSOR,
  SECOND_PERSON,
  THEY,
  THIRD_PERSON,
} from '../lexicon/reply-terms';
import { findContacts } from '../text/contacts';
import { sentenceAt } from '../text/sentences';
import type { Finding, Rule, RuleContext } from './rule.types';

const CODE = 'discloses_phi';

const MESSAGES = {
  phi: 'Repeats personal information from the comment (a name, date, number, contact or other identifier). Never repeat what the person posted about themselves or others.',
  name: 'Names a person the comment mentions. Address the commenter by nothing or their display name only, and never name anyone else.',
  health:
    'Repeats health information from the comment about a person. Even what someone posted about themselves may not be confirmed from the hospital’s account.',
  number:
    'Repeats a detail from the comment (an age, room, reading or time) about a person. Leave specifics out of the reply.',
} as const;

/** "our cancer center", "flu shot clinic": the term names a service, not anyone's condition. */
const SERVICE_AFTER =
  /^(?:\s+(?:and \w+ )?(?:center|centre|clinic|clinics|department|unit|team|teams|program|programs|programme|services?|screenings?|support groups?|groups?|class|classes|education|specialists?|floor|wing|awareness|research|month|day|drive|information|resources?|page))\b/;
const DEFINITE_BEFORE = /\b(?:the|that|this|those|these)\s+(?:[\w'-]+\s+)?$/;
const POSSESSIVE_BEFORE = new RegExp(`\\b(?:${POSSESSOR}|[a-z]+'s)\\s+(?:[\\w'-]+\\s+){0,2}$`);

/**
 * C2–C3 cross-text rules: the reply must not repeat anything from the comment's PHI spans or
 * contacts, the names of people it mentions, the health terms it used about a person, or its
 * numbers (ages, rooms, readings). A health term the comment used only as a general claim
 * ("Measles is harmless") may be answered; a term used in the reply about a service ("our cancer
 * center") is not about the person.
 *
 * @example checkPhiEcho(context('Glad your migraines are better', { comment: 'My migraines are gone!' }))
 *   // -> [{ code: 'discloses_phi', ... }]
 */
export const checkPhiEcho: Rule = (context) => {
  const findings: Finding[] = [];
  const make =
    (message: string) =>
    (start: number, end: number): Finding => ({
      code: CODE,
      severity: 'block',
      message,
      start,
      end,
    });
  findings.push(...echoedPhiTexts(context, make(MESSAGES.phi)));
  findings.push(...echoedNames(context, make(MESSAGES.name)));
  findings.push(...echoedHealthTerms(context, make(MESSAGES.health)));
  findings.push(...echoedNumbers(context, make(MESSAGES.number)));
  return findings;
};

function escape(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function echoedPhiTexts(
  context: RuleContext,
  make: (start: number, end: number) => Finding,
): Finding[] {
  const { lower } = context.reply;
  const findings: Finding[] = [];
  for (const phi of context.comment.phiTexts) {
    const pattern = new RegExp(`(?<![\\w-])${escape(phi)}(?![\\w-])`, 'g');
    for (const match of lower.matchAll(pattern)) {
      if (!isAuthorName(context, match[0])) {
        findings.push(make(match.index, match.index + match[0].length));
      }
    }
  }
  for (const contact of findContacts(lower)) {
    if (context.comment.contacts.has(contact.value)) {
      findings.push(make(contact.start, contact.end));
    }
  }
  return findings;
}

function isAuthorName(context: RuleContext, text: string): boolean {
  const words = text.split(/\s+/);
  return words.length > 0 && words.every((word) => context.comment.authorNames.has(word));
}

/** Name words that are also ordinary words: they count only when capitalised in the reply. */
const ORDINARY_WORDS = new Set([
  'hope',
  'will',
  'grace',
  'joy',
  'faith',
  'may',
  'june',
  'april',
  'rose',
  'lily',
  'art',
  'bill',
  'pat',
  'sue',
  'mark',
  'frank',
  'grant',
  'dawn',
  'summer',
  'autumn',
  'rich',
  'chase',
  'hunter',
  'jack',
  'rob',
  'ray',
  'bob',
  'don',
  'guy',
  'miles',
  'sky',
  'star',
  'angel',
  'may',
  'ms',
  'mr',
  'dr',
  'nurse',
  'son',
  'bear',
  'dean',
  'penny',
  'patience',
  'sunny',
  'rusty',
  'ivy',
  'hazel',
]);

function echoedNames(
  context: RuleContext,
  make: (start: number, end: number) => Finding,
): Finding[] {
  const { masked, text } = context.reply;
  const findings: Finding[] = [];
  for (const name of context.comment.names) {
    if (name.length < 2 || context.comment.authorNames.has(name)) {
      continue;
    }
    const pattern = new RegExp(`(?<![\\w-])${escape(name)}(?:'s)?(?![\\w-])`, 'g');
    for (const match of masked.matchAll(pattern)) {
      const first = text.original[text.starts[match.index]] ?? '';
      const capitalised = first !== first.toLowerCase();
      if (ORDINARY_WORDS.has(name) && !capitalised) {
        continue;
      }
      findings.push(make(match.index, match.index + match[0].length));
    }
  }
  return findings;
}

function echoedHealthTerms(
  context: RuleContext,
  make: (start: number, end: number) => Finding,
): Finding[] {
  const { masked, sentences } = context.reply;
  const findings: Finding[] = [];
  for (const hit of findHealthTerms(masked)) {
    const said = context.comment.healthTerms.get(hit.term.id);
    const sentence = sentenceAt(sentences, hit.start)?.text ?? '';
    if (!said?.personal || isServiceName(masked, hit, sentence)) {
      continue;
    }
    const before = masked.slice(Math.max(0, hit.start - 60), hit.start);
    const category = hit.term.category;
    const personal =
      category === 'sensitive' ||
      POSSESSIVE_BEFORE.test(before) ||
      (DEFINITE_BEFORE.test(before) && EVALUATIVE.test(sentence)) ||
      THIRD_PERSON.test(sentence) ||
      HEALTH_VERDICT.test(sentence) ||
      /\byour\b/.test(sentence) ||
      (category !== 'procedure' && (SECOND_PERSON.test(sentence) || THEY.test(sentence)));
    if (personal) {
      findings.push(make(hit.start, hit.end));
    }
  }
  return findings;
}

/**
 * "Our cancer center", "the flu shot clinic": the term names a service. Not when the sentence is
 * about the person too ("watching them grow stronger in our NICU").
 */
function isServiceName(masked: string, hit: HealthTermHit, sentence: string): boolean {
  if (THIRD_PERSON.test(sentence) || /\byour\b/.test(sentence)) {
    return false;
  }
  const before = masked.slice(Math.max(0, hit.start - 30), hit.start);
  return (
    SERVICE_AFTER.test(masked.slice(hit.end)) ||
    /\bour\s+(?:[\w'-]+\s+)?$/.test(before) ||
    before.endsWith(MASK_CHAR)
  );
}

const REPLY_NUMBER = /(?<![\d$.,€£¤])(\d+(?:[.,:/]\d+)*(?:[a-z](?![a-z]))?)(?:\s?-?\s?([a-z]+))?/g;

function echoedNumbers(
  context: RuleContext,
  make: (start: number, end: number) => Finding,
): Finding[] {
  const { masked } = context.reply;
  const findings: Finding[] = [];
  if (context.comment.numbers.length === 0) {
    return findings;
  }
  for (const match of masked.matchAll(REPLY_NUMBER)) {
    const direction = /^(?:north|south|east|west)$/.test(match[2] ?? '');
    const value = direction ? `${match[1]} ${match[2]}` : match[1];
    const unit = match[2] && !direction ? singular(match[2]) : null;
    const echoed = context.comment.numbers.some(
      (number) =>
        number.value === value &&
        (value.length >= 2 ||
          value.includes('.') ||
          (number.unit !== null && singular(number.unit) === unit)),
    );
    if (echoed && masked[match.index + match[1].length] !== '%') {
      findings.push(make(match.index, match.index + (direction ? match[0].length : value.length)));
    }
  }
  return findings;
}

function singular(unit: string): string {
  return unit.length > 2 ? unit.replace(/s$/, '') : unit;
}
