import { FIRST_NAMES } from '../lexicon/first-names';
import { GatedPattern, type PatternHits, scanPatterns } from '../lexicon/pattern-gate';
import type { PersonRole } from '../triage.types';
import type { PhiCandidate } from './phi-candidate';

/** Capitalised words that follow name cues but are not names of private people. */
const NOT_NAMES = new Set(
  `the a an and or but of for to in on at by with from is was are were be been it this that these
  those he she they we you i me my our your his her their him them us who what when where why how
  all everyone everybody anyone someone nobody team staff crew everybody god lord jesus christ dios
  hospital hospitals clinic center centre medical health general memorial regional university
  emergency er icu nicu picu or ed ob gyn pa np rn lpn cna md do dr doctor doctors nurse nurses
  google facebook instagram youtube twitter tiktok x whatsapp covid medicare medicaid aetna cigna
  humana kaiser united blue cross shield mayo tylenol motrin advil benadryl zyrtec ozempic
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december today tonight yesterday tomorrow thanks thank
  please hi hello hey dear yes no ok okay omg lol wow oh so just very
  lakeside north south east west street st ave avenue road drive lane unit floor wing building
  oz phil seuss pepper house strange who mr mrs ms miss mx can could will would should did does
  has have had am not let get got if as also after before when while since`.split(/\s+/),
);

/** Well-known people whose names are not PHI. */
const PUBLIC_FIGURES = new Set(['fauci', 'obama', 'trump', 'biden', 'kennedy', 'rfk', 'musk']);

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]{0,30}`;
/** One to three capitalised words separated by single spaces, read at a fixed position. */
const NAME_AT = new RegExp(`${NAME_WORD}(?:[ \\t]${NAME_WORD}){0,2}`, 'uy');
/** Read with `nextCapitalisedWord`, which does the same faster. */
export const CAPITALISED_WORD = new RegExp(NAME_WORD, 'gu');
/** A capitalised word glued to what precedes it ("McDonald", "@Lakeside", "#Nurses") is not one. */
const GLUED_BEFORE = /[\p{L}\p{M}'’@#.]/u;

function isWordStart(text: string, index: number): boolean {
  return index === 0 || !GLUED_BEFORE.test(text[index - 1]);
}

interface NameCue {
  pattern: RegExp;
  role: PersonRole;
  label: string;
  /** Ambiguous cues ("I'm", "thank you") only accept names from the given-name list. */
  needsKnownName: boolean;
}

const KIN =
  'son|daughter|husband|wife|mom|mother|mum|mommy|momma|dad|father|daddy|brother|sister|grandma|grandpa|grandmother|grandfather|granny|nana|papa|aunt|auntie|uncle|niece|nephew|cousin|friend|bff|boyfriend|girlfriend|fianc[eé]e?|partner|roommate|neighbou?r|baby|boy|girl|kid|child|toddler|newborn|infant|granddaughter|grandson|grandchild|stepson|stepdaughter|twins?|patient|coworker|co-worker|boss|mother-in-law|father-in-law|sister-in-law|brother-in-law|son-in-law|daughter-in-law|hijo|hija|esposo|esposa|marido|mam[aá]|madre|pap[aá]|padre|hermano|hermana|t[ií]o|t[ií]a|primo|prima|nieto|nieta|beb[eé]|novio|novia|amigo|amiga|abuela|abuelo|abuelita|abuelito|vecino|vecina';
const KIN_MODIFIERS = String.raw`(?:(?:little|baby|big|older|younger|late|dear|sweet|youngest|oldest|eldest|step|great|beloved|twin|best|new|adult|teenage|teen|elderly|sweet|\d{1,2}[ -](?:year|yr|month|week)s?[ -]old)[ \t]{1,2}){0,2}`;

const CUES: readonly NameCue[] = [
  {
    pattern:
      /\b(?:(?:dr|dra|prof|rn|np|pa|cna)\.?|(?:doc|doctor|doctora|nurse|enfermera|enfermero|professor|pastor|chaplain|coach|officer|tech|technician|therapist|pharmacist|surgeon|midwife|doula|receptionist|aide|resident|paramedic|counselor|dietitian|phlebotomist|practitioner|anesthesiologist|radiologist|oncologist|cardiologist|pediatrician|housekeeper|janitor|guard|valet|volunteer|interpreter|navigator|manager|supervisor))[ \t]{1,2}/g,
    role: 'staff',
    label: 'staff title',
    needsKnownName: false,
  },
  {
    pattern: /\b(?:mr|mrs|ms|miss|mx|sr|sra|srta|señor|señora|señorita|doña)\.?[ \t]{1,2}/g,
    role: 'unknown',
    label: 'courtesy title',
    needsKnownName: false,
  },
  {
    pattern: new RegExp(
      `\\b(?:my|our|his|her|their|your|mi|mis|su|sus|nuestra|nuestro)[ \\t]{1,2}${KIN_MODIFIERS}(?:${KIN})(?:'s|’s)?[ \\t]{0,2},?[ \\t]{1,2}`,
      'g',
    ),
    role: 'private',
    label: 'relative or friend',
    needsKnownName: false,
  },
  {
    pattern:
      /\b(?:my name is|my name's|name is|name's|names is|his name is|her name is|me llamo|mi nombre es|se llama|llamad[oa]|named|signed|sincerely|regards)[ \t]{0,2},?[ \t]{1,2}/g,
    role: 'private',
    label: 'self-introduction',
    needsKnownName: false,
  },
  {
    pattern: /\b(?:i'm|i’m|i am|this is|soy|love|from|it's|it’s)[ \t]{1,2}/g,
    role: 'private',
    label: 'self-introduction',
    needsKnownName: true,
  },
  {
    pattern:
      /\b(?:thank you|thanks|thankyou|thx|ty|gracias|shout ?out to|shout-out to|kudos to|props to|hats off to|tell|dear|hi|hello|hey|bless|love you|grateful to|special thanks to|congrats|congratulations)[ \t]{0,2},?[ \t]{1,2}/g,
    role: 'staff',
    label: 'addressed by name',
    needsKnownName: true,
  },
];

/** All cues in one pass: each cue's pattern is one capturing group, so the group tells which. */
// Every cue starts at a word boundary; saying so once up front lets the engine skip the rest.
const CUE_PATTERN = new RegExp(
  `\\b(?:${CUES.map((cue) => `(${cue.pattern.source})`).join('|')})`,
  'g',
);
const GATED_CUES = new GatedPattern(CUE_PATTERN);
const HAS_CAPITAL = /\p{Lu}/u;
/** "St. John's wort", "San José": a saint's name is a place or a plant. */
const SAINT_BEFORE = /(?:\bst\.?|\bsaint|\bsan|\bsanta)[ \t]$/i;
/** A dash before a capital: without one there is no signature to look for. */
const MAY_HAVE_SIGNATURE = /[-–—~][ \t]{0,2}\p{Lu}/u;

/** A signature: a dash, then one or two capitalised words that end the comment or a clause. */
const SIGNATURE = new RegExp(
  `(?:^|[.!?\\n]|\\p{Extended_Pictographic})[ \\t]*[-–—~][ \\t]{0,2}(${NAME_WORD}(?:[ \\t]${NAME_WORD})?)(?=[ \\t]*(?:$|,|\\n))`,
  'gu',
);
const GATED_SIGNATURE = new GatedPattern(SIGNATURE);

/**
 * Finds names of private people: after staff titles ("Dr. Patel" → `Patel`), courtesy titles,
 * relatives ("my son Jake"), self-introductions ("me llamo Carmen Ruiz"), thanks ("Thank you,
 * Priya!"), signatures ("- Winifred Olsen"), and any capitalised given name from the list. Every
 * later occurrence of a found name is labelled too. Each span carries the role its cue implies.
 *
 * @example findNames('Thank you Dr. Patel!', 'thank you dr. patel!') // -> [{start: 14, end: 19, role: 'staff', ...}]
 */
export function findNames(
  text: string,
  lower: string,
  hits: PatternHits = scanPatterns(lower),
): PhiCandidate[] {
  const found: PhiCandidate[] = [];
  if (!HAS_CAPITAL.test(text)) {
    return found;
  }
  CUE_PATTERN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while (GATED_CUES.mayMatch(hits, lower) && (match = CUE_PATTERN.exec(lower)) !== null) {
    const cue = CUES[match.slice(1).findIndex((group) => group !== undefined)];
    const span = readNameAt(text, match.index + match[0].length, cue.needsKnownName);
    if (span) {
      found.push({ type: 'person_name', ...span, priority: 4, cue: cue.label, role: cue.role });
    }
  }
  SIGNATURE.lastIndex = 0;
  let signature: RegExpExecArray | null;
  while (
    GATED_SIGNATURE.mayMatch(hits, text) &&
    MAY_HAVE_SIGNATURE.test(text) &&
    (signature = SIGNATURE.exec(text)) !== null
  ) {
    const start = signature.index + signature[0].lastIndexOf(signature[1]);
    const span = trimName(text, start, start + signature[1].length, false);
    if (span) {
      found.push({ type: 'person_name', ...span, priority: 4, cue: 'signature', role: 'private' });
    }
  }
  findKnownNames(text, found);
  addRepeats(text, found);
  return found;
}

function readNameAt(
  text: string,
  index: number,
  needsKnownName: boolean,
): { start: number; end: number } | null {
  NAME_AT.lastIndex = index;
  const match = NAME_AT.exec(text);
  if (!match) {
    return null;
  }
  return trimName(text, index, index + match[0].length, needsKnownName);
}

/** Cuts a run of capitalised words at the first word that cannot be part of a name. */
function trimName(
  text: string,
  start: number,
  end: number,
  needsKnownName: boolean,
): { start: number; end: number } | null {
  const slice = text.slice(start, end);
  const wordPattern = /[^ \t]+/g;
  let nameEnd = 0;
  let kept = 0;
  let match: RegExpExecArray | null;
  while ((match = wordPattern.exec(slice)) !== null) {
    const word = match[0];
    const bare = word.replace(/['’]s$/, '').replace(/[-'’]+$/, '');
    if (!isNameWord(bare)) {
      break;
    }
    if (kept === 0 && needsKnownName && !FIRST_NAMES.has(bare.toLowerCase())) {
      return null;
    }
    nameEnd = match.index + bare.length;
    kept++;
    if (bare.length !== word.length) {
      break;
    }
  }
  return kept === 0 ? null : { start, end: start + nameEnd };
}

function isNameWord(word: string): boolean {
  if (word.length < 2) {
    return false;
  }
  const lower = word.toLowerCase();
  if (NOT_NAMES.has(lower) || PUBLIC_FIGURES.has(lower)) {
    return false;
  }
  // All-capitals words are acronyms (ER, ICU, NICU) far more often than names.
  return word !== word.toUpperCase();
}

function findKnownNames(text: string, found: PhiCandidate[]): void {
  const word = { start: 0, end: 0 };
  let from = 0;
  while (nextCapitalisedWord(text, from, word)) {
    from = word.end;
    const bare = withoutPossessive(text.slice(word.start, word.end));
    if (
      !FIRST_NAMES.has(bare.toLowerCase()) ||
      !isWordStart(text, word.start) ||
      !isNameWord(bare) ||
      SAINT_BEFORE.test(text.slice(Math.max(0, word.start - 6), word.start))
    ) {
      continue;
    }
    const span = readNameAt(text, word.start, true);
    if (span) {
      found.push({ type: 'person_name', ...span, priority: 3, cue: 'given name', role: 'unknown' });
      from = Math.max(from, span.end);
    }
  }
}

/**
 * The next match of `CAPITALISED_WORD` at or after `from`, written to `word`; false when there is
 * none. A scan by hand: this runs over every comment with a capital, and the Unicode property
 * classes make the pattern slow to search with. `find-names.spec.ts` checks it against the
 * pattern.
 *
 * @example nextCapitalisedWord('hi Ann', 0, word) // -> true, word = { start: 3, end: 6 }
 */
export function nextCapitalisedWord(
  text: string,
  from: number,
  word: { start: number; end: number },
): boolean {
  const length = text.length;
  let index = from;
  while (index < length) {
    const code = text.codePointAt(index) ?? 0;
    const size = code > 0xffff ? 2 : 1;
    if (!isUppercase(code)) {
      index += size;
      continue;
    }
    let end = index + size;
    for (let count = 0; count < MAX_NAME_WORD_TAIL && end < length; count++) {
      const next = text.codePointAt(end) ?? 0;
      if (!isNameCharacter(next)) {
        break;
      }
      end += next > 0xffff ? 2 : 1;
    }
    word.start = index;
    word.end = end;
    return true;
  }
  return false;
}

/** `word.replace(/['’]s$/, '')` without a regex call: this runs for every capitalised word. */
function withoutPossessive(word: string): string {
  const length = word.length;
  if (length >= 2 && word.charCodeAt(length - 1) === 115 /* s */) {
    const before = word.charCodeAt(length - 2);
    if (before === 39 || before === 0x2019) {
      return word.slice(0, length - 2);
    }
  }
  return word;
}

/** The `{0,30}` of `NAME_WORD`. */
const MAX_NAME_WORD_TAIL = 30;
const UPPERCASE = /^\p{Lu}$/u;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

function isUppercase(code: number): boolean {
  if (code < 0x80) {
    return code >= 65 && code <= 90;
  }
  if (code <= 0xff) {
    return code >= 0xc0 && code <= 0xde && code !== 0xd7;
  }
  return UPPERCASE.test(String.fromCodePoint(code));
}

/** `[\p{L}\p{M}'’-]` */
function isNameCharacter(code: number): boolean {
  if (code < 0x80) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 39 || code === 45;
  }
  if (code <= 0xff) {
    return (
      code === 0xaa ||
      code === 0xb5 ||
      code === 0xba ||
      (code >= 0xc0 && code !== 0xd7 && code !== 0xf7)
    );
  }
  return code === 0x2019 || LETTER_OR_MARK.test(String.fromCodePoint(code));
}

/** Labels every other occurrence of a name already found ("Becca ... tell Becca thank you"). */
function addRepeats(text: string, found: PhiCandidate[]): void {
  const seen = new Map<string, PersonRole>();
  for (const candidate of found) {
    for (const word of text.slice(candidate.start, candidate.end).split(/[ \t]/)) {
      if (word.length >= 3 && !seen.has(word)) {
        seen.set(word, candidate.role ?? 'unknown');
      }
    }
  }
  if (seen.size === 0) {
    return;
  }
  const word = { start: 0, end: 0 };
  let from = 0;
  while (nextCapitalisedWord(text, from, word)) {
    from = word.end;
    const bare = withoutPossessive(text.slice(word.start, word.end));
    const role = seen.get(bare);
    if (role !== undefined && isWordStart(text, word.start)) {
      const start = word.start;
      found.push({
        type: 'person_name',
        start,
        end: start + bare.length,
        priority: 2,
        cue: 'name repeated',
        role,
      });
    }
  }
}
