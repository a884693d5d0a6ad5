import { findHealthTerms } from '../lexicon/health-terms';
import {
  CLINICAL_NOUN,
  ENCOUNTER_NARRATIVE,
  HEALTH_STATE,
  isGenericTheir,
  possessivePhrase,
  POSSESSOR,
  SECOND_PERSON,
  SPECULATION,
  THIRD_PERSON,
} from '../lexicon/reply-terms';
import { sentenceAt } from '../text/sentences';
import { findAll, type Finding, type Rule } from './rule.types';

const CODE = 'discloses_phi';

const MESSAGES = {
  identifier:
    'Contains an identifier about a person (room or bed number, record, account or Social Security number, age over 89). Replies must carry no identifiers.',
  date: 'Ties a date or age to a person. Dates of visits, births or care are identifiers; leave them out.',
  billing:
    'Mentions the person’s bill, balance or charges. Billing details are protected; point them to the billing team instead.',
  narrative:
    'Describes what happened to the person during their care. Speak only about how the hospital works for everyone.',
  clinical:
    'Refers to the person’s procedure, test, results or treatment, which discloses health information about them.',
  attribution:
    'Attaches a condition, medicine or treatment to a person. Health details must stay out of public replies, even ones the person shared.',
  speculation:
    'Guesses at the person’s condition, which states health information about them in public.',
  mention:
    'Mentions another account. Reply only to the commenter; tagging anyone else can identify them (C3).',
  wellWish:
    'A get-well wish implies the person has a health condition. Consider thanking them without it.',
} as const;

const IDENTIFIERS: readonly RegExp[] = [
  /\b(?:room|rm|bed|bay)\s*#?\s*\d+[a-z]?\b/,
  /\b\d{3}-\d{2}-\d{4}\b/,
  /\b(?:mrn|medical record|acct|account|member(?: id)?|policy|claim|case)\s*(?:no\.?|number|#)?\s*[:#]?\s*[a-z0-9-]*\d[a-z0-9-]{3,}\b/,
  /\b(?:9\d|1[01]\d)[- ]?(?:years?|yrs?)[- ]?(?:old|young)\b|\b(?:is|she's|he's|they're|turned|turning|age|aged|at) (?:9\d|1[01]\d)\b(?![.,]\d| ?%| (?:minutes|min|seconds|days|degrees))/,
];

const MENTION = /(?<![\w@.])@([a-z0-9_]{2,30})\b/g;

const AGE =
  /\b\d{1,2}[- ]?(?:years?|yrs?|months?|weeks?)[- ]?olds?\b|\bat \d{1,2} (?:months|years|weeks)\b/;
const DATE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?\b|\b(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])(?:\/\d{2,4})?\b|\bon (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/;
const ENCOUNTER_CONTEXT =
  /\b(?:visit|stay|admitted|discharged|born|birth|seen|appointment|surgery|delivery|arrival)\b/;

const MONEY = /\$\s?\d[\d,]*(?:\.\d+)?/;
const PERSON_BILLING_CONTEXT =
  /\b(?:your|his|her|their|you owe|overdue|balance|owed|paid|unpaid|collections)\b/;
const BODY_STATE =
  /\b(?:your|his|her|their) (?:\w+ )?(?:heart|lungs?|kidneys?|liver|brain|knee|knees|hip|hips|back|arm|leg|ankle|wrist|skin|eyes?|ears?|throat|stomach|belly|bones?|blood)\b (?:is|are|was|were|has been|seems?|looks?) (?:\w+ )?(?:doing|healing|recovering|better|worse|fine|well|strong|stronger|healthy|normal|okay|ok|improving)\b/;

const BILLING: readonly RegExp[] = [
  /\byou owe\b/,
  /\byour (?:\w+ )?(?:balance|bill|copay|co-pay|deductible|charges?|claim|statement) (?:is|was|of|for|comes to|totals?|shows)\b/,
  /\b(?:your|his|her|their) (?:\w+ )?(?:insurance|insurer|claim|coverage) (?:was|has been|is) (?:denied|approved|billed|processed|covered)\b/,
  /\b(?:your|his|her|their) (?:\w+ )?(?:insurance|insurer|plan) (?:denied|rejected|declined|approved|paid|covered|didn't cover|won't cover|did not cover)\b/,
];

const ATTRIBUTED_TERM_CATEGORIES = new Set([
  'sensitive',
  'condition',
  'medication',
  'procedure',
  'setting',
]);
const HEALTH_STATE_SUBJECT =
  /\b(?:(?:he|she|they|you)(?:'s|'re| is| are| has| have| had| was| were)|(?:he|she|they)'ll|your \w+(?:'s| is| has| was))(?: \w+){0,2} $/;

const WELL_WISH =
  /\b(?:feel(?:ing)? better|get well|speedy recovery|quick recovery|on the mend|heal(?:s|ing)? (?:quickly|soon|well|fast)|recover(?:y|ing|s)? (?:soon|quickly|well|fast)|back on (?:your|his|her|their) feet|hope (?:you|he|she|they)(?:'re| are| is)? (?:doing|feeling) (?:well|better|ok|okay))\b/;

/**
 * C2–C4 patterns on the reply alone: identifiers (rooms, record numbers, ages over 89), dates and
 * ages tied to a person, billing details, what happened during the person's care, clinical nouns
 * or conditions attached to a person ("your procedure", "his antibiotics", "she's gaining weight"),
 * speculation about their condition; generic get-well wishes are a warning.
 *
 * @example checkPhi(context('We sent someone to room 718.')) // -> [{ code: 'discloses_phi', ... }]
 */
export const checkPhi: Rule = (context) => {
  const { masked, sentences } = context.reply;
  const block =
    (message: string) =>
    (start: number, end: number): Finding => ({
      code: CODE,
      severity: 'block',
      message,
      start,
      end,
    });
  const findings: Finding[] = [];
  for (const match of context.reply.lower.matchAll(MENTION)) {
    const handle = match[1];
    if (!context.comment.authorNames.has(handle)) {
      findings.push(block(MESSAGES.mention)(match.index, match.index + match[0].length));
    }
  }
  for (const pattern of IDENTIFIERS) {
    findings.push(...findAll(masked, pattern, block(MESSAGES.identifier)));
  }
  for (const pattern of [AGE, DATE]) {
    for (const finding of findAll(masked, pattern, block(MESSAGES.date))) {
      const sentence = sentenceAt(sentences, finding.start)?.text ?? '';
      if (
        SECOND_PERSON.test(sentence) ||
        THIRD_PERSON.test(sentence) ||
        ENCOUNTER_CONTEXT.test(sentence)
      ) {
        findings.push(finding);
      }
    }
  }
  for (const pattern of BILLING) {
    findings.push(...findAll(masked, pattern, block(MESSAGES.billing)));
  }
  for (const finding of findAll(masked, MONEY, block(MESSAGES.billing))) {
    if (PERSON_BILLING_CONTEXT.test(sentenceAt(sentences, finding.start)?.text ?? '')) {
      findings.push(finding);
    }
  }
  findings.push(...findAll(masked, BODY_STATE, block(MESSAGES.attribution)));
  for (const pattern of ENCOUNTER_NARRATIVE) {
    findings.push(...findAll(masked, pattern, block(MESSAGES.narrative)));
  }
  for (const match of masked.matchAll(possessivePhrase(CLINICAL_NOUN))) {
    if (!isGenericTheir(context, match.index, match[0])) {
      findings.push(block(MESSAGES.clinical)(match.index, match.index + match[0].length));
    }
  }
  findings.push(...findAll(masked, SPECULATION, block(MESSAGES.speculation)));
  findings.push(...findAll(masked, HEALTH_STATE, block(MESSAGES.attribution)));
  findings.push(...attributedTerms(masked, block(MESSAGES.attribution)));
  findings.push(
    ...findAll(masked, WELL_WISH, (start, end) => ({
      code: 'health_well_wish',
      severity: 'warn',
      message: MESSAGES.wellWish,
      start,
      end,
    })),
  );
  return findings;
};

const POSSESSIVE_BEFORE = new RegExp(`\\b${POSSESSOR}\\s+(?:[\\w'-]+\\s+){0,2}$`);

/** Health terms attached to a person: "your cancer", "his antibiotics", "she's gaining weight". */
function attributedTerms(masked: string, make: (start: number, end: number) => Finding): Finding[] {
  const findings: Finding[] = [];
  for (const hit of findHealthTerms(masked)) {
    if (!ATTRIBUTED_TERM_CATEGORIES.has(hit.term.category)) {
      continue;
    }
    const before = masked.slice(Math.max(0, hit.start - 60), hit.start);
    if (/\bown\s+(?:[\w'-]+\s+)?$/.test(before)) {
      continue;
    }
    const possessive = POSSESSIVE_BEFORE.test(before);
    const stated =
      hit.term.category !== 'procedure' &&
      HEALTH_STATE_SUBJECT.test(before) &&
      !/\bif\b[^.!?]*$/.test(before);
    if (possessive || stated) {
      findings.push(make(hit.start, hit.end));
    }
  }
  return findings;
}
