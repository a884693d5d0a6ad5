import {
  CLINICAL_NOUN,
  ENCOUNTER_NARRATIVE,
  ENCOUNTER_NOUN,
  isGenericTheir,
  possessivePhrase,
  RELATIVE,
  RELATIVE_STATE_NOUN,
} from '../lexicon/reply-terms';
import { findAll, type Finding, type Rule, type RuleContext } from './rule.types';

const CODE = 'confirms_patient_relationship';

const MESSAGES = {
  encounter:
    'Refers to the person’s own visit, stay, care, clinician, room or bill, which confirms they were a patient here. Speak about how the hospital works for everyone instead.',
  statement:
    'States or implies that the person (or someone they mention) was cared for here. The fact of being a patient is itself protected; acknowledge without confirming.',
  denial:
    'Denies that the person is or was a patient. A denial discloses too: the reply must be the same whether or not they are known to us.',
  lookup:
    'Says the person was looked up in our records or systems. Replies may not be tailored from a record look-up; route them to Patient Relations.',
  staff:
    'Discloses a staff disciplinary or HR matter, which is confidential and confirms the incident involved a patient.',
  namedStaff:
    'Ties a named clinician to the person’s care, which confirms the encounter. Thank “our team” instead.',
  action:
    'Acts on the person’s room, account or care in public, which confirms they are a patient. Route the request to the right team privately.',
  compensation:
    'Offers the person something for their care, which confirms they were a patient here.',
  staffName:
    'Names a staff member. Unless the post was the hospital’s own story about them, thank “our team” instead.',
} as const;

const STATEMENTS: readonly RegExp[] = [
  /\b(?:when|while) (?:you|he|she|they) (?:were|was) (?:here|with us|admitted|in our|seen|treated|a patient)\b/,
  /\byou (?:came|were brought) (?:in|to our|here)\b/,
  /\bwe (?:treated|saw|admitted|cared for|discharged|took care of|operated on|delivered) (?:you|your|him|her|them)\b/,
  /\b(?:caring|to care|taking care) (?:for|of) (?:you|him|her|them|your)\b/,
  /\bwe (?:could|were able to|got to) (?:help|care for|take care of|treat|be there for|be part of)\b/,
  /\b(?:being|be) (?:a )?part of (?:your|his|her|their)\b/,
  /\bthank(?:s| you) for (?:choosing|trusting) (?:us|our|¤+)/,
  /\bas (?:a|our) (?:valued )?patient\b/,
  /\bwelcome back\b/,
  /\bour patient\b(?!s|\s+(?:relations|experience|advocate|advocacy|portal|financial|services|safety|access|family|families))/,
  /\bduring (?:your|his|her|their) (?:time|stay|visit)\b/,
  /\b(?:you're|you are|you were|your \w+(?:'s| is| was)|he's|he is|he was|she's|she is|she was|they're|they are|they were) (?:still |recently |currently )?(?:in|at) (?:our|the) (?:er|ed|icu|nicu|unit|emergency (?:room|department)|hospital|clinic|rehab|hospice)\b/,
  /\b(?:you're|you are|your \w+(?:'s| is)|he's|he is|she's|she is|they're|they are) (?:still )?in (?:room )?\d+/,
  ...ENCOUNTER_NARRATIVE,
  /\b(?:your|his|her|their) (?:recent |last |next )?(?:visit|stay|admission) (?:with|to|at) us\b/,
  /\bwe (?:remember|recognized?|know) (?:you|your|him|her|them)\b/,
  /\b(?:you|your \w+|he|she|they) (?:had to wait|waited|were kept waiting|was kept waiting|were sent home|was sent home|were turned away|was turned away|got sent home)\b/,
  /\byou (?:must have|must've) (?:come|came|arrived|been here|visited|called)\b/,
  /\b(?:you|your \w+|he|she|they)(?:'s|'re| is| are| was| were)? (?:getting|receiving|got|received) (?:\w+ ){0,2}?(?:care|treatment)\b/,
  /\b(?:your|his|her|their) (?:time|days|weeks|nights?|stay) (?:in|at|with) (?:our|the|us)\b/,
  /\b(?:bring|brings|bringing) (?:your \w+|him|her|them) (?:\w+ )?back\b|\bcome back (?:and see us|anytime|any time|soon)\b/,
  /\b(?:you|him|her|them)\b[^.!?]{0,30}\b(?:in|at) our (?:er|ed|icu|nicu|picu|unit|floor|emergency (?:room|department)|hospital|clinic|rehab|care|program)\b/,
  /\b(?:you|your \w+|he|she|they) (?:had|has|have|having) (?:a |an )?(?:\w+ )?(?:experience|stay|visit|time) (?:with|at|in) (?:us|our)\b/,
  /\b(?:su|sus|tu|tus) (?:\w+ ){0,2}?(?:visita|estancia|espera|cita|cuenta|factura|habitaci[oó]n|cuarto|enfermer[oa]s?|m[eé]dicos?|doctor(?:a|es)?|cirug[ií]a|tratamiento|resultados|atenci[oó]n|expediente)\b/,
];

const DENIALS: readonly RegExp[] = [
  /\b(?:no|not any|don't have any|do not have any|couldn't find any|can't find any) records? (?:of|for) (?:you|your|him|her|them|a visit|this|that)/,
  /\b(?:you|he|she|they) (?:was|were|has|have|is|are) (?:never|not) (?:been )?(?:a )?(?:patients?|here|admitted|seen)\b/,
  /\bwe (?:can(?:no|')t|could(?:n't| not)|did(?:n't| not)) find (?:you|your|him|her|them|any record)\b/,
  /\b(?:is|isn't|was|wasn't) not (?:a )?patient\b|\bisn't (?:a )?patient\b/,
];

const LOOKUPS: readonly RegExp[] = [
  /\b(?:we|i)(?:'ve| have)? (?:reviewed|review|looked (?:into|at|up)|pulled|checked|check|found|located|accessed|will review|will check|'ll review|'ll check) (?:your|his|her|their|the) (?:\w+'s )?(?:chart|records?|file|account|case|information|info|visit|history)\b/,
  /\b(?:we'll|we will|let us|i'll) (?:review|check|look (?:into|at)|pull) (?:your|his|her|their) (?:\w+'s )?(?:chart|records?|file|account|case)\b/,
  /\b(?:send|give|share|dm|pm|message|tell|email) (?:us|me) (?:your|his|her|their|your \w+'s) (?:\w+ )?(?:name|date of birth|dob|birthday|mrn|medical record|account|insurance|member id|address|phone)\b/,
  /\b(?:our|the) (?:records?|chart|notes|documentation|files?|system) (?:show|shows|indicate|indicates|reflect|reflects|say|says)\b/,
  /\baccording to (?:our|the|your) (?:records?|chart|file)\b/,
  /\b(?:we|i)(?:'ve| have)? (?:reviewed|looked at|pulled|checked|watched) (?:the|our) (?:camera |security |surveillance |video )?(?:footage|recordings?|videos?|tapes?|call logs?)\b/,
  /\b(?:you|your \w+|he|she|they)(?:'re| are| is| was| were)? (?:on file|in our system)\b/,
];

const STAFF_MATTERS =
  /\binvestigat\w*\b[^.!?]{0,30}\b(?:staff|employee|nurse|doctor|surgeon|team member|physician)s?\b|\b(?:disciplin(?:ed|ary)|terminated|fired|suspended|written up|wrote (?:her|him|them) up|retrained|re-trained|counsel(?:l)?ed|let go|no longer (?:works|employed|with us)|investigat\w* (?:the|that|this) (?:staff|employee|nurse|doctor|surgeon)|pending (?:an )?investigation|been spoken to|has been addressed with|spoke(?:n)? (?:to|with) (?:the|that) (?:nurse|doctor|staff member|employee|surgeon))\b/;

const ACTIONS: readonly RegExp[] = [
  /\b(?:sent|send|sending|asked|ask|dispatched|had|have) [^.!?]{0,40}\b(?:to|by) (?:room|rm|bed) ?#?\d+/,
  /\b(?:have|ask|asked|tell|told|let) (?:the|your|a) (?:nurse|doctor|physician|chaplain|social worker|case manager|charge nurse|care team|unit)s? (?:to )?(?:\w+ ){0,3}?(?:her|him|them|you|your)\b/,
  /\b(?:update|updated|correct|corrected|fix|fixed|credit|credited|adjust|adjusted|reverse|reversed|flag|flagged|move|moved|transfer|transferred) (?:your|his|her|their) (?:\w+ )?(?:account|bill|balance|address|record|chart|room|bed|file)\b/,
];

const COMPENSATION_TO_PERSON =
  /\b(?:refund\w*|reimburs\w*|compensat\w*|waiv\w*|write off|cover the cost|pay for|make it up to|replace)\b[^.!?]{0,40}\b(?:you|your|his|her|their|him|them)\b|\b(?:you|your|his|her|their)\b[^.!?]{0,30}\b(?:refund\w*|reimburs\w*|waiv\w*)\b/;

/** "Thanks for coming in": to someone who describes their care, it confirms they came for it. */
const CAME_FOR_CARE =
  /\bthank(?:s| you) for (?:coming|stopping) (?:in|out|by)\b|\bthank(?:s| you) for visiting us\b/;

const STAFF_TITLE_NAME = /\b(?:dr|doctor|nurse|rn|np|pa)\.? ([a-z][a-z'-]+)\b/g;

/**
 * C1, C5, C6: the reply must not confirm (or deny) that anyone is or was a patient: possessive +
 * encounter noun ("your stay", "your dad's room"), statements of care ("welcome back", "we treated
 * you"), denials, record look-ups, staff HR matters, clinicians named in connection with the
 * person's care, acting on their room or account, compensation for their care.
 *
 * @example checkPatientRelationship(context('Glad to hear your stay was comfortable.'))
 *   // -> [{ code: 'confirms_patient_relationship', ... }]
 */
export const checkPatientRelationship: Rule = (context) => {
  const { masked } = context.reply;
  const finding =
    (message: string) =>
    (start: number, end: number): Finding => ({
      code: CODE,
      severity: 'block',
      message,
      start,
      end,
    });
  const findings: Finding[] = [];
  const relativePossessor = `your ${RELATIVE}'s?`;
  const phrases = [
    possessivePhrase(ENCOUNTER_NOUN),
    possessivePhrase(CLINICAL_NOUN),
    possessivePhrase(RELATIVE_STATE_NOUN, relativePossessor),
  ];
  for (const phrase of phrases) {
    for (const match of masked.matchAll(phrase)) {
      if (isGenericTheir(context, match.index, match[0])) {
        continue;
      }
      findings.push(finding(MESSAGES.encounter)(match.index, match.index + match[0].length));
    }
  }
  findings.push(...namedPossessive(context, finding(MESSAGES.action)));
  findings.push(...namedNarrative(context, finding(MESSAGES.statement)));
  for (const pattern of STATEMENTS) {
    findings.push(...findAll(masked, pattern, finding(MESSAGES.statement)));
  }
  for (const pattern of DENIALS) {
    findings.push(...findAll(masked, pattern, finding(MESSAGES.denial)));
  }
  for (const pattern of LOOKUPS) {
    findings.push(...findAll(masked, pattern, finding(MESSAGES.lookup)));
  }
  findings.push(...findAll(masked, STAFF_MATTERS, finding(MESSAGES.staff)));
  for (const pattern of ACTIONS) {
    findings.push(...findAll(masked, pattern, finding(MESSAGES.action)));
  }
  findings.push(...findAll(masked, COMPENSATION_TO_PERSON, finding(MESSAGES.compensation)));
  if (context.comment.situations.personalHealth) {
    findings.push(...findAll(masked, CAME_FOR_CARE, finding(MESSAGES.statement)));
  }
  for (const match of masked.matchAll(STAFF_TITLE_NAME)) {
    if (!isNameInOriginal(context, match.index + match[0].length - match[1].length, match[1])) {
      continue;
    }
    const span = { start: match.index, end: match.index + match[0].length };
    findings.push(
      context.comment.situations.personalHealth
        ? finding(MESSAGES.namedStaff)(span.start, span.end)
        : { code: 'names_staff', severity: 'warn', message: MESSAGES.staffName, ...span },
    );
  }
  return findings;
};

/** "Lucille's room", "Theo's birth": a person's name in the possessive with an encounter noun. */
function namedPossessive(
  context: RuleContext,
  make: (start: number, end: number) => Finding,
): Finding[] {
  const pattern = new RegExp(
    `\\b([a-z][a-z'-]+)'s (?:(?:new|old|own|recent|next|hospital|care) )?(?:${ENCOUNTER_NOUN}|${CLINICAL_NOUN}|arrival)\\b`,
    'g',
  );
  const findings: Finding[] = [];
  for (const match of context.reply.masked.matchAll(pattern)) {
    const name = match[1];
    if (context.comment.names.has(name) || isNameInOriginal(context, match.index, name)) {
      findings.push(make(match.index, match.index + match[0].length));
    }
  }
  return findings;
}

/** "Ray was discharged yesterday": a person the comment names, in an encounter narrative. */
function namedNarrative(
  context: RuleContext,
  make: (start: number, end: number) => Finding,
): Finding[] {
  const findings: Finding[] = [];
  for (const name of context.comment.names) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(
      `\\b${escaped} (?:was|were|is|has been|got|just got) (?:\\w+ )?(?:admitted|discharged|seen|treated|transferred|moved|released|sent home|here|in (?:room|the|our)|still (?:here|in))\\b`,
      'g',
    );
    for (const match of context.reply.masked.matchAll(pattern)) {
      findings.push(make(match.index, match.index + match[0].length));
    }
  }
  return findings;
}

/** Whether the word at `at` is written with a capital in the reply and is not a common word. */
function isNameInOriginal(context: RuleContext, at: number, word: string): boolean {
  const originalStart = context.reply.text.starts[at];
  const first = context.reply.text.original[originalStart] ?? '';
  return first !== first.toLowerCase() && !COMMON_CAPITALISED.has(word);
}

const COMMON_CAPITALISED = new Set([
  'we',
  'our',
  'you',
  'your',
  'the',
  'this',
  'that',
  'it',
  'today',
  'everyone',
  'anyone',
  'someone',
  'hospital',
  'team',
  'staff',
  'er',
  'icu',
  'nicu',
]);
