import type { RuleContext } from '../rules/rule.types';
import { sentenceAt } from '../text/sentences';
import { CONDITION_SOURCE } from './health-terms';

/**
 * Reply-side vocabulary shared by the rules: how a reply refers to the person (second person, a
 * relative, a third party), and the nouns that turn such a reference into a care relationship.
 */

export const RELATIVE =
  '(?:mom|mum|mother|dad|father|son|daughter|child|kid|baby|little one|husband|wife|partner|brother|sister|grandma|grandmother|grandpa|grandfather|family member|loved one|friend|roommate|aunt|uncle|niece|nephew|twins|newborn|boy|girl|family|fiance|fiancee|boyfriend|girlfriend)s?';

/** "your", "you were", "your dad's", "his", "her", "their": the person or someone they mention. */
export const POSSESSOR = `(?:your ${RELATIVE}'s?|your|you're|you were|you had|you've had|his|her|their)`;

/** Words that end a noun phrase: a possessive and an encounter noun must be in one phrase. */
const PHRASE_BREAK =
  'with|to|for|about|from|at|in|on|by|our|the|a|an|this|that|these|those|we|us|you|they|them|it|is|are|was|were|be|been|can|will|would|could|should|please|if|of|or|but|so|as|who|which|what|when|where|how|why|nearest|closest|local|own|kind|message|words|feedback|note|comment|review|story|post|thoughts|concerns?|questions?|experience';

/** Nouns of an encounter with the hospital (C1): with a possessive they confirm a relationship. */
export const ENCOUNTER_NOUN =
  '(?:visit|visits|stay|wait|waits|appointment|appt|follow-?up|care|care team|nurse|nurses|doctor|doctors|physician|surgeon|therapist|room|bed|unit|er|ed|icu|nicu|emergency room|emergency department|clinic|chart|records?|file|case|bill|bills|account|balance|claim|statement|copay|co-pay|deductible|hearing aids|dentures|belongings|time (?:here|with us)|experience here)';

/** Nouns that confirm a relationship only about a relative ("your mom's privacy"). */
export const RELATIVE_STATE_NOUN =
  '(?:privacy|safety|condition|recovery|health|comfort|dignity|progress)';

/** Clinical nouns: with a possessive they also disclose health information (C2, C4). */
export const CLINICAL_NOUN =
  '(?:procedure|procedures|admission|discharge|samples?|specimens?|redraw|blood ?work|lab work|surgery|surgeries|operation|treatment|treatments|delivery|birth|test|tests|results|scan|scans|x-?rays?|mri|labs|lab results|medications?|meds|prescriptions?|diagnosis|infusions?|transfusions?|therapy|biopsy|exam|check-?up|vaccines?|shots?|discharge papers)';

/** Possessive + up to three words of the same phrase + `noun`. */
export function possessivePhrase(noun: string, possessor: string = POSSESSOR): RegExp {
  return new RegExp(
    `\\b${possessor}\\s+(?:(?!(?:${PHRASE_BREAK})\\b)[\\w'-]+\\s+){0,3}?${noun}\\b`,
    'g',
  );
}

/** A health state said of a person ("so glad they're home and healthy", "she's recovering"). */
export const HEALTH_STATE =
  /\b(?:he|she|they|you|your \w+|his \w+|her \w+)(?:'s|'re| is| are| was| were| got| has been| have been)? (?:\w+ ){0,3}?(?:healthy|recovering|recovered|stable|improving|in remission|cancer[- ]free|on the mend|out of the (?:icu|nicu|hospital)|home (?:and|&) (?:healthy|well|thriving))\b/g;

/** Generic plurals: "patients and their care teams" speaks about everyone, not the person. */
export const GENERIC_PEOPLE =
  /\b(?:patients|families|people|everyone|anyone|someone|visitors|parents|children|kids|all|each)\b/;

/** Second-person words. */
export const SECOND_PERSON = /\b(?:you|your|you're|you've|you'd|you'll|yourself)\b/;
/** Third-person singular words (the person mentioned in the comment). */
export const THIRD_PERSON = /\b(?:he|she|him|his|her|he's|she's|he'll|she'll|herself|himself)\b/;
/** "they/their" as a person, weaker because it is also generic. */
export const THEY = /\b(?:they|them|their|they're|they've|they'll)\b/;

/** Empathy or evaluation: "sorry about the surgery" is about their surgery, "the flu vaccine is free" is not. */
export const EVALUATIVE =
  /\b(?:sorry|glad|happy|thrilled|hope|hoping|wish|wishing|congrat\w*|relieved|sad|heartbroken|well|smoothly|better|worse|recover\w*|healing|heal|pray\w*|thoughts|tough|scary|rough|successful|went)\b/;

/** What happened to the person during an encounter (C4): confirms and discloses at once. */
export const ENCOUNTER_NARRATIVE: readonly RegExp[] = [
  /\byou (?:were|was|got) (?:triaged|seen|evaluated|diagnosed|prescribed|referred|discharged|admitted|transferred|treated|sent home|billed|charged)\b/,
  /\byou (?:left|walked out) (?:before|without)\b|\byou (?:declined|refused|missed|cancel+ed|no[- ]showed)\b|\bagainst medical advice\b/,
  /\b(?:your \w+|he|she|they) (?:declined|refused|missed|skipped|cancel+ed|no[- ]showed|never paid|didn't pay|failed to (?:pay|show|come|follow))\b/,
  /\b(?:he|she|they|your \w+) (?:was|were) (?:triaged|seen|evaluated|diagnosed|prescribed|referred|discharged|admitted|transferred|treated|sent home)\b/,
  /\b(?:passed away|died|passed) (?:while )?(?:in|at|under) (?:our|the) (?:care|hospital|icu|nicu|er|ed|unit|hospice)\b/,
  /\b(?:you|your \w+|he|she|they) (?:received|got|had|underwent) (?:the |your |his |her |all |every )?(?:\w+ )?(?:tests?|treatment|care|scans?|imaging|medications?|labs|workup|exam)\b/,
  /\b(?:you|your \w+|he|she|they) (?:visit(?:ed|ing)|came (?:in|to)|coming (?:in|to)|went to|were in|was in|stayed (?:in|at)) (?:our|the) (?:er|ed|icu|nicu|emergency (?:room|department)|hospital|clinic|unit|floor)\b/,
];

/**
 * Diagnosis or speculation about the person's condition ("sounds like croup", "that's most likely
 * an ear infection"): individual advice (C10) that also states health information about them (C2).
 */
export const SPECULATION = new RegExp(
  `\\b(?:sounds?|looks?|seems?) like (?:it(?:'s| is| could be| might be)? |(?:a|an) |you (?:have|might have|may have|could have) |(?:he|she|they) (?:has|have|might have|may have) )?(?:\\w+ ){0,3}?(?:${CONDITION_SOURCE})(?![\\w-])|\\b(?:probably|likely|most likely|definitely|almost certainly|could be|might be|may be|is just|it's just|that's just) (?:just )?(?:a |an )?(?:\\w+ ){0,2}?(?:${CONDITION_SOURCE})(?![\\w-])`,
  'g',
);

/** Triage by guesswork ("sounds like he may need to be seen"): advice (C10), not a diagnosis. */
export const TRIAGE_GUESS =
  /\b(?:sounds?|looks?|seems?) like (?:you|he|she|they|your \w+) (?:may |might |will |would |should |probably )?(?:need|needs|have to|has to|should|can wait|are fine|is fine|will be fine)\b/g;

/** Sentences that tell someone about their own health: advice, reassurance, a verdict. */
export const HEALTH_VERDICT =
  /\b(?:\d+(?:\.\d+)?\s?(?:mg|ml|mcg)|every \d+ hours|(?:totally|perfectly|completely|pretty|very|usually|generally|considered) (?:normal|common|harmless|safe|fine)|nothing to worry about|(?:isn't|is not|aren't|are not|not) (?:serious|dangerous|harmful)|(?:is|are|it's|that's) (?:normal|common|expected|harmless|safe|fine|plenty|enough)|should (?:be fine|clear up|go away)|most (?:people|patients|adults|kids|babies) (?:can|should|are told|need|do)|(?:yes|no)\b,)/;

/**
 * Whether a match starting with "their" speaks about people in general ("patients and their care
 * teams", "an idiot would stop their meds"): so when the sentence names a generic group, or the
 * comment mentions no third person the reply could mean.
 */
export function isGenericTheir(context: RuleContext, at: number, text: string): boolean {
  if (!text.startsWith('their')) {
    return false;
  }
  const sentence = sentenceAt(context.reply.sentences, at);
  const before = sentence ? context.reply.masked.slice(sentence.start, at) : '';
  return GENERIC_PEOPLE.test(before) || !context.comment.situations.aboutSomeoneElse;
}
