import type { CommentForReply } from '../compliance.types';
import {
  ABOUT_CHILD,
  ABOUT_MEDICATION,
  ABOUT_SOMEONE_ELSE,
  ABUSE,
  countWeakComplaintCues,
  EMERGENCY_NOW,
  HAPPENING_NOW,
  IMMINENT_DANGER,
  NAMES_STAFF,
  PAST_EVENT,
  POISONING,
  SELF_HARM,
  SELF_HARM_INDIRECT,
  SERVICE_TOPICS,
  STRONG_COMPLAINT,
} from '../lexicon/comment-cues';
import { findHealthTerms, type HealthCategory } from '../lexicon/health-terms';
import { findContacts } from '../text/contacts';
import { type NormalisedText, normaliseText } from '../text/normalise-text';
import { splitSentences } from '../text/sentences';

/** What the rules need to know about the comment being answered. */
export interface CommentFacts {
  readonly text: NormalisedText;
  readonly situations: CommentSituations;
  /** Health terms of the comment by term id; `personal` when said about a person, not as a general claim. */
  readonly healthTerms: ReadonlyMap<string, { category: HealthCategory; personal: boolean }>;
  /** Lower-cased name words of people the comment mentions (PHI spans and name cues). */
  readonly names: ReadonlySet<string>;
  /** Normalised text of every PHI span. */
  readonly phiTexts: readonly string[];
  /** Numbers of the comment (ages, rooms, lab values, durations), not prices. */
  readonly numbers: readonly CommentNumber[];
  /** Phone digits, e-mails and link keys the comment contains. */
  readonly contacts: ReadonlySet<string>;
  /** The commenter's own display-name words: addressing them by it is allowed (C3). */
  readonly authorNames: ReadonlySet<string>;
}

export interface CommentNumber {
  value: string;
  unit: string | null;
}

export interface CommentSituations {
  complaint: boolean;
  emergency: boolean;
  selfHarm: boolean;
  imminentDanger: boolean;
  poisoning: boolean;
  medicalAdvice: boolean;
  misinformation: boolean;
  praise: boolean;
  spamOrAbuse: boolean;
  serviceQuestion: boolean;
  /** Complaint, abuse, misinformation or a crisis: jokes and eye-rolls in a reply read as mockery. */
  tense: boolean;
  /** A person's own health or care is the subject (so staff names and remedies tie to them). */
  personalHealth: boolean;
  aboutChild: boolean;
  aboutSomeoneElse: boolean;
  aboutMedication: boolean;
  namesStaff: boolean;
  serviceTopic: string | null;
}

/** A person the comment talks about: the writer, a relative, a named person, a child by age. */
export const PERSONAL_REFERENCE =
  /\b(?:i|i'm|im|i've|ive|i'd|i'll|me|my|mine|myself|we|we're|our|us|he|he's|she|she's|his|her|him|mom|mum|dad|grandma|grandpa|gf|bf|mi|mis|yo)\b|\b(?:my|our|his|her|their|your) (?:\w+ )?(?:mother|father|son|daughter|wife|husband|baby|babies|kids?|child|children|toddler|grandmother|grandfather|brother|sister|aunt|uncle|cousin|niece|nephew|friend|roommate|partner|boyfriend|girlfriend|twins|newborn|family)\b|\d+[- ](?:year|yr|month|mo|week|wk|day)s?[- ]old/;

/** A general health claim or question that is about nobody in particular. */
const GENERAL_CLAIM =
  /\b(?:causes?|causing|caused by|cures?|prevents?|makes? (?:you|people|kids|girls|babies)|kills?|harmless|hoax|fake|toxic|poison|big pharma|don'?t want you to know|won'?t tell you|is it true|myth|chemtrails|5g|natural immunity|everyone knows)\b/;

const MEDICAL_QUESTION =
  /\b(?:should (?:i|he|she|we|they)|is (?:it|this|that) (?:normal|safe|ok|okay|serious|bad)|normal\?|can i (?:take|give|drink|eat|exercise|still)|do (?:i|we) need|what (?:dose|should)|how much \w* ?should|wait and see|go in\?|see a doctor\?|be worried)\b/;

const CARE_WORDS =
  /\b(?:stay|stayed|visit|admitted|discharged?|surgery|surgeon|er|ed|icu|nicu|nurse|nurses|doctor|dr|appointment|appt|room|floor|unit|treated|treatment|care|cared|procedure|delivered|born|birth|clinic|ambulance|therapy|pt team)\b/;

const NAME_WORD = "[A-Z][a-zà-ÿ'’-]+";
const NAME = `${NAME_WORD}(?:\\s+(?:O'|Mc)?${NAME_WORD})?`;
const NAME_CUES: readonly RegExp[] = [
  new RegExp(
    `\\b(?:Dr|Doctor|[Nn]urse|Mr|Mrs|Ms|Miss|Mx|Father|Sister|Pastor)\\.?\\s+(${NAME})`,
    'g',
  ),
  new RegExp(
    `\\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er)\\s+(?:son|daughter|mom|mum|mother|dad|father|husband|wife|brother|sister|grandma|grandmother|grandpa|grandfather|aunt|uncle|baby|baby boy|baby girl|boy|girl|friend|partner|niece|nephew|cousin|granddaughter|grandson|neighbou?r|roommate)\\s+(${NAME})`,
    'g',
  ),
  new RegExp(`\\b(?:name is|named|called|me llamo|soy|[Dd]ear)\\s+(${NAME})`, 'g'),
  new RegExp(`\\b(?:[Tt]hank you|[Tt]hanks|[Gg]racias|[Tt]y),?\\s+(${NAME_WORD})\\b`, 'g'),
  new RegExp(`[-–—]\\s*(${NAME})\\s*$`, 'g'),
];
const NOT_NAMES = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'miss',
  'nurse',
  'doctor',
  'the',
  'and',
  'for',
  'you',
  'your',
  'everyone',
  'all',
  'team',
  'staff',
  'nurses',
  'doctors',
  'god',
  'lord',
  'jesus',
  'so',
  'very',
  'again',
  'everybody',
  'guys',
  'much',
  'her',
  'him',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'tonight',
]);

/**
 * Reads the comment once for every rule: its situation (intents from triage, confirmed or added by
 * the comment's own cue words), the health terms it mentions, the people it names, its numbers.
 *
 * @example analyseComment({ text: 'My kid ate 15 melatonin gummies.', intents: [], phi: [] }).situations.poisoning
 *   // -> true
 */
export function analyseComment(comment: CommentForReply): CommentFacts {
  const text = normaliseText(comment.text);
  const lower = text.text;
  const intents = new Set(comment.intents);
  const sentences = splitSentences(lower);

  const misinformation =
    intents.has('misinformation') || (GENERAL_CLAIM.test(lower) && !PERSONAL_REFERENCE.test(lower));
  const happeningNow = HAPPENING_NOW.test(lower);
  const toldInPast = PAST_EVENT.test(lower) && !happeningNow;
  const poisoning = POISONING.test(lower);
  const emergency =
    ((EMERGENCY_NOW.test(lower) || intents.has('emergency')) && !toldInPast) ||
    (poisoning && happeningNow);
  const selfHarm =
    intents.has('self_harm') ||
    SELF_HARM.test(lower) ||
    (SELF_HARM_INDIRECT.test(lower) && IMMINENT_DANGER.test(lower));
  const medicalAdvice = intents.has('medical_advice_request') || MEDICAL_QUESTION.test(lower);
  // Triage's abuse label without an insult, slur or threat is harsh criticism: a complaint.
  const abusive = intents.has('abuse') && ABUSE.test(lower);
  const spamOrAbuse = intents.has('spam') || abusive;
  // Praise that mentions a wait ("played cards with my son for 3 hours") is not a grievance: with
  // a praise label too, one weak cue is not enough.
  const crisis = emergency || selfHarm || poisoning;
  // Someone in crisis is not filing a grievance ("nobody would notice if I was gone"): only a
  // strong cue makes a crisis comment a complaint too.
  const complaint =
    STRONG_COMPLAINT.test(lower) ||
    (intents.has('abuse') && !abusive && !crisis) ||
    (intents.has('complaint') &&
      !crisis &&
      countWeakComplaintCues(lower) >= (intents.has('praise') ? 2 : 1));

  const healthTerms = new Map<string, { category: HealthCategory; personal: boolean }>();
  for (const hit of findHealthTerms(lower)) {
    const sentence = sentences.find((item) => hit.start >= item.start && hit.start < item.end);
    const sentenceText = sentence?.text ?? lower;
    const clause = clauseAround(
      lower,
      hit.start,
      sentence?.start ?? 0,
      sentence?.end ?? lower.length,
    );
    const general =
      !PERSONAL_REFERENCE.test(clause) &&
      (misinformation || GENERAL_CLAIM.test(clause) || sentenceText.trimEnd().endsWith('?'));
    const known = healthTerms.get(hit.term.id);
    healthTerms.set(hit.term.id, {
      category: hit.term.category,
      personal: (known?.personal ?? false) || !general,
    });
  }
  const personalHealth =
    [...healthTerms.values()].some((term) => term.personal) ||
    (PERSONAL_REFERENCE.test(lower) && CARE_WORDS.test(lower));

  const serviceTopic = SERVICE_TOPICS.find(([, pattern]) => pattern.test(lower))?.[0] ?? null;

  return {
    text,
    situations: {
      complaint,
      emergency,
      selfHarm,
      imminentDanger: selfHarm && IMMINENT_DANGER.test(lower),
      poisoning,
      medicalAdvice,
      misinformation,
      praise: intents.has('praise'),
      spamOrAbuse,
      serviceQuestion: intents.has('service_question'),
      tense: complaint || spamOrAbuse || misinformation || emergency || selfHarm || poisoning,
      personalHealth,
      aboutChild: ABOUT_CHILD.test(lower),
      aboutSomeoneElse: ABOUT_SOMEONE_ELSE.test(lower),
      aboutMedication: ABOUT_MEDICATION.test(lower),
      namesStaff: NAMES_STAFF.test(comment.text),
      serviceTopic,
    },
    healthTerms,
    names: collectNames(comment),
    phiTexts: comment.phi
      .map((span) => normaliseText(comment.text.slice(span.start, span.end)).text.trim())
      .filter((value) => value.length >= 2),
    numbers: collectNumbers(lower),
    contacts: new Set(findContacts(lower).map((contact) => contact.value)),
    authorNames: authorNamesOf(comment.authorName),
  };
}

/** Words of the commenter's display name, and the whole name as a handle ("@jordan_s"). */
function authorNamesOf(authorName: string | undefined): Set<string> {
  const lower = (authorName ?? '').toLowerCase().trim();
  const names = new Set(lower.split(/[^a-zà-ÿ']+/).filter((word) => word.length >= 2));
  const handle = lower.replace(/^@/, '');
  if (/^[a-z0-9_]{2,30}$/.test(handle)) {
    names.add(handle);
  }
  return names;
}

/**
 * The clause of a sentence around `at` ("sunscreen causes cancer" of "Sunscreen causes cancer,
 * that's why I don't use it"), so a personal aside does not make a general claim personal.
 */
function clauseAround(text: string, at: number, start: number, end: number): string {
  const breaks = /,|;|\s-\s|\b(?:but|and|so|because|that's why|which is why)\b/g;
  let from = start;
  let to = end;
  for (const match of text.slice(start, end).matchAll(breaks)) {
    const position = start + match.index;
    if (position < at) {
      from = position + match[0].length;
    } else if (position > at) {
      to = position;
      break;
    }
  }
  return text.slice(from, to);
}

function collectNames(comment: CommentForReply): Set<string> {
  const names = new Set<string>();
  const add = (value: string): void => {
    for (const word of value.toLowerCase().split(/[^a-zà-ÿ'’]+/)) {
      const clean = word.replace(/['’]s$/, '').replace(/['’]/g, "'");
      if (clean.length >= 2 && !NOT_NAMES.has(clean)) {
        names.add(clean);
      }
    }
  };
  for (const span of comment.phi) {
    if (span.type === 'person_name') {
      add(comment.text.slice(span.start, span.end));
    }
  }
  for (const pattern of NAME_CUES) {
    for (const match of comment.text.matchAll(pattern)) {
      add(match[1]);
    }
  }
  return names;
}

const NUMBER = /(?<![\d$.,€£])(\d+(?:[.,:/]\d+)*(?:[a-z](?![a-z]))?)(?:\s?-?\s?([a-z]+))?/g;
const UNITS = new Set([
  'hour',
  'hours',
  'hr',
  'hrs',
  'h',
  'day',
  'days',
  'week',
  'weeks',
  'wk',
  'wks',
  'month',
  'months',
  'mo',
  'year',
  'years',
  'yr',
  'yrs',
  'yo',
  'minute',
  'minutes',
  'min',
  'mins',
  'am',
  'pm',
  'times',
  'mg',
  'ml',
  'degrees',
  'pounds',
  'lbs',
  'kg',
  'stitches',
  'pills',
  'tablets',
  'gummies',
]);

function collectNumbers(lower: string): CommentNumber[] {
  const numbers: CommentNumber[] = [];
  for (const match of lower.matchAll(NUMBER)) {
    const value = match[1];
    if (
      value === '911' ||
      value === '988' ||
      value === '24/7' ||
      lower[match.index + value.length] === '%'
    ) {
      continue;
    }
    const word = match[2] ?? '';
    // "4B" is a unit only where a place is named ("in 4B", "room 4B"); "5G" is not.
    if (
      /[a-z]$/.test(value) &&
      !/\b(?:in|on|at|to|room|unit|bed|floor|ward|pod)\s*$/.test(lower.slice(0, match.index))
    ) {
      numbers.push({ value: value.slice(0, -1), unit: null });
      continue;
    }
    // "6 North", "5 West": a unit tied to the person, read as one token.
    if (/^(?:north|south|east|west)$/.test(word)) {
      numbers.push({ value: `${value} ${word}`, unit: null });
      continue;
    }
    numbers.push({ value, unit: UNITS.has(word) ? word : null });
  }
  return numbers;
}
