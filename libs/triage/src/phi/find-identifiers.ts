import { GatedPattern, type PatternHits, scanPatterns } from '../lexicon/pattern-gate';
import type { PhiCandidate } from './phi-candidate';

// All patterns use bounded repetition so that a 50,000-character line is scanned in linear time.

const HAS_DIGIT = /\d/;
const HAS_FOUR_DIGITS = /\d{4}/;
const HAS_OLD_AGE_NUMBER = /(?<!\d)(?:9\d|1[01]\d)(?!\d)/;
const HAS_ROOM_WORD = /room|rm|habitaci|cuarto/;
const EMAIL =
  /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,3}\.[A-Za-z]{2,12}/g;
const SSN = /(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])/g;
const SSN_LABELLED =
  /\b(?:ssn|social security(?: number| no\.?| #)?|seguro social)[ \t:#]{0,3}(?:is[ \t]{1,2})?(\d{9}|\d{3}[ .]\d{2}[ .]\d{4})\b/gi;
const PHONE = /(?<![\d-])(?:\+?1[ .-]?)?(?:\(\d{3}\)[ .-]?|\d{3}[ .-])?\d{3}[ .-]\d{4}(?![\d-])/g;
const MRN =
  /\b(?:mrn|mr#|medical record(?: number| no\.?| #)?|record (?:number|no\.?|#)|patient (?:id|number|#|no\.?)|expediente)[ \t]{0,2}(?:#|:|is|number|n[uú]mero)?[ \t:#]{0,3}([A-Za-z]{0,3}-?\d[\d-]{2,18}\d)/gi;
const ACCOUNT =
  /\b(?:account|acct|claim|member(?: id| number| #)|subscriber(?: id| number)|policy|insurance id|invoice|billing (?:number|#|id)|cuenta|reclamo|p[oó]liza)(?:[ \t]{0,2}(?:number|no\.?|num|#|id|n[uú]mero))?[ \t]{0,2}(?:#|:|is|es)?[ \t:#]{0,3}([A-Za-z]{0,4}-?\d[\dA-Za-z-]{2,22}[\dA-Za-z])/gi;
const DATE_NUMERIC =
  /(?<![\d/.:$-])(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d/]|[.-]\d|:\d)/g;
const DATE_ISO = /(?<!\d)(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)/g;
const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
const DATE_MONTH_DAY = new RegExp(
  `\\b(${MONTHS})\\.?[ \\t]{1,2}(\\d{1,2})(?:st|nd|rd|th)?(?:,?[ \\t]{1,2}(?:19|20)\\d{2})?(?![\\d:])`,
  'gi',
);
const DATE_DAY_MONTH = new RegExp(
  `\\b(\\d{1,2})(?:st|nd|rd|th)?[ \\t]{1,2}(?:of[ \\t]{1,2})?(${MONTHS})\\b(?:,?[ \\t]{1,2}(?:19|20)\\d{2})?`,
  'gi',
);
const SPANISH_MONTHS =
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre';
const DATE_SPANISH = new RegExp(
  `\\b(\\d{1,2})[ \\t]{1,2}de[ \\t]{1,2}(?:${SPANISH_MONTHS})(?:[ \\t]{1,2}(?:de|del)[ \\t]{1,2}(?:19|20)\\d{2})?\\b`,
  'gi',
);
const STREET_SUFFIX =
  'St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Ct|Court|Way|Pl|Place|Pkwy|Parkway|Hwy|Highway|Cir|Circle|Ter|Terrace|Trl|Trail|Sq|Square|Loop|Row|Pike';
const ADDRESS = new RegExp(
  String.raw`\b\d{1,6}[ \t]{1,2}(?:[NSEW]\.?[ \t]{1,2})?(?:[A-Z][A-Za-z'.-]{0,30}[ \t]{1,2}){1,4}(?:${STREET_SUFFIX})\b\.?` +
    String.raw`(?:,?[ \t]{1,2}(?:Apt|Apartment|Unit|Suite|Ste|#)\.?[ \t]{0,2}#?[A-Za-z0-9-]{1,6})?` +
    String.raw`(?:,?[ \t]{1,2}[A-Z][A-Za-z]{1,30}(?:[ \t][A-Z][A-Za-z]{1,30}){0,2},?[ \t]{1,2}[A-Z]{2}\b(?:[ \t]{1,2}\d{5}(?:-\d{4})?)?)?`,
  'g',
);
const AGE_WITH_UNIT =
  /\b(9\d|1[01]\d)[ \t]{0,2}-?[ \t]?(?:years?|yrs?|yo|y\/o|year-old|yr-old|años)\b/gi;
const AGE_LABELLED = /\b(?:age|aged|edad)[ \t]{0,2}:?[ \t]{0,2}(9\d|1[01]\d)\b/gi;
const AGE_BIRTHDAY = /\b(9\d|1[01]\d)(?:st|nd|rd|th)?[ \t]{1,2}(?:birthday|bday|cumpleaños)\b/gi;
const AGE_AFTER_SUBJECT =
  /\b(?:i'm|i’m|im|i am|she's|she’s|he's|he’s|she is|he is|who is|who's|turned|turning|turns|tiene|cumplió|cumple|mom is|dad is|mother is|father is|grandma is|grandpa is|grandmother is|grandfather is|husband is|wife is|aunt is|uncle is)[ \t]{1,2}(9\d|1[01]\d)\b(?![ \t]{0,2}(?:%|percent|degrees|°|days?|minutes?|mins?|hours?|hrs?|lbs?|pounds|kg|kilos|mg|miles|weeks?|months?|dollars|bucks|cents|times|bpm|[/.,]\d))/gi;
const AGE_IN_APPOSITION =
  /(?<=\p{L}[ \t]{0,2})(?:,[ \t]{1,2}|\([ \t]{0,2})(9\d|1[01]\d)!?(?:\)|,)/gu;
const AGE_AFTER_NAME =
  /(?<=\p{Lu}\p{Ll}{1,30}[ \t]{1,2}(?:is|was|turned|turns|tiene)[ \t]{1,2})(9\d|1[01]\d)\b(?![ \t]{0,2}(?:%|percent|degrees|°|days?|minutes?|mins?|hours?|hrs?|lbs?|pounds|kg|mg|miles|weeks?|months?|times|[/.,]\d))/gu;
const ROOM =
  /\b(?:room|rm\.?|habitaci[oó]n|cuarto)[ \t]{0,2}(?:#|no\.?|number|n[uú]mero)?[ \t]{0,2}(\d{1,4}[A-Za-z]?)\b(?![ \t]{0,2}(?:hours?|hrs?|minutes?|mins?|days?|weeks?|times|am|pm)\b)/gi;

const GATED_EMAIL = new GatedPattern(EMAIL);
const GATED_SSN = new GatedPattern(SSN);
const GATED_SSN_LABELLED = new GatedPattern(SSN_LABELLED);
const GATED_PHONE = new GatedPattern(PHONE);
const GATED_MRN = new GatedPattern(MRN);
const GATED_ACCOUNT = new GatedPattern(ACCOUNT);
const GATED_DATE_NUMERIC = new GatedPattern(DATE_NUMERIC);
const GATED_DATE_ISO = new GatedPattern(DATE_ISO);
const GATED_DATE_MONTH_DAY = new GatedPattern(DATE_MONTH_DAY);
const GATED_DATE_DAY_MONTH = new GatedPattern(DATE_DAY_MONTH);
const GATED_DATE_SPANISH = new GatedPattern(DATE_SPANISH);
const GATED_ADDRESS = new GatedPattern(ADDRESS);
const GATED_AGE_WITH_UNIT = new GatedPattern(AGE_WITH_UNIT);
const GATED_AGE_LABELLED = new GatedPattern(AGE_LABELLED);
const GATED_AGE_BIRTHDAY = new GatedPattern(AGE_BIRTHDAY);
const GATED_AGE_AFTER_SUBJECT = new GatedPattern(AGE_AFTER_SUBJECT);
const GATED_AGE_AFTER_NAME = new GatedPattern(AGE_AFTER_NAME);
const GATED_AGE_IN_APPOSITION = new GatedPattern(AGE_IN_APPOSITION);
const GATED_ROOM = new GatedPattern(ROOM);

/** Words near a number that make it a rating, not a date ("10/10 would recommend"). */
const RATING_CONTEXT = /(?:rat(?:e|ed|ing)|give|gave|score|stars?|out of|would|recommend|survey)/i;
const DATE_CUE_BEFORE =
  /(?:\bon|since|from|until|till|\bby|dob|born|date|appt|appointment|visit|admitted|discharged|\bel|\bdel)[ \t:]{0,3}$/i;
const FRACTION_UNIT =
  /^[ \t]{0,2}(?:hours?|hrs?|cups?|tabs?|tablets?|pills?|miles?|mg|ml|doses?|of|a|an|teaspoons?|tsp|inch)\b/i;

/**
 * Finds the identifiers that have a fixed shape: e-mail, SSN, labelled MRN and account numbers,
 * phone and fax numbers, dates, street addresses, ages over 89 and room numbers. `lower` must be
 * `text` lower-cased with the same length, so offsets line up.
 *
 * @example findIdentifiers('Call me at 555-0161', 'call me at 555-0161') // -> [{type:'phone', start: 11, end: 19, ...}]
 */
export function findIdentifiers(
  text: string,
  lower: string,
  hits: PatternHits = scanPatterns(lower),
): PhiCandidate[] {
  const found: PhiCandidate[] = [];
  if (text.includes('@')) {
    collect(found, hits, GATED_EMAIL, text, 'email', 9, 'e-mail address');
  }
  // Every other identifier contains a digit; most comments have none, so one test skips them all.
  if (!HAS_DIGIT.test(text)) {
    return found;
  }
  if (HAS_FOUR_DIGITS.test(text)) {
    collect(found, hits, GATED_SSN, text, 'ssn', 8, 'SSN pattern');
    collectGroup(found, hits, GATED_SSN_LABELLED, lower, 'ssn', 9, 'after "SSN"');
    collect(found, hits, GATED_PHONE, text, 'phone', 6, 'phone pattern');
  }
  collectGroup(found, hits, GATED_MRN, lower, 'medical_record_number', 9, 'after "MRN"');
  collectGroup(
    found,
    hits,
    GATED_ACCOUNT,
    lower,
    'account_number',
    9,
    'after "account"/"claim"/"member ID"',
  );
  if (GATED_DATE_NUMERIC.mayMatch(hits, text)) {
    collectDates(found, text);
  }
  collect(found, hits, GATED_DATE_ISO, text, 'date', 5, 'date pattern');
  collect(found, hits, GATED_DATE_MONTH_DAY, text, 'date', 5, 'month and day', (match) =>
    isMonthDate(match[1], match[2]),
  );
  collect(found, hits, GATED_DATE_DAY_MONTH, text, 'date', 5, 'day and month', isDayMonthDate);
  collect(found, hits, GATED_DATE_SPANISH, lower, 'date', 5, 'day and month');
  collect(found, hits, GATED_ADDRESS, text, 'address', 7, 'street number and name');
  if (HAS_OLD_AGE_NUMBER.test(text)) {
    collectGroup(found, hits, GATED_AGE_WITH_UNIT, lower, 'age_over_89', 5, 'age over 89');
    collectGroup(found, hits, GATED_AGE_LABELLED, lower, 'age_over_89', 5, 'age over 89');
    collectGroup(found, hits, GATED_AGE_BIRTHDAY, lower, 'age_over_89', 5, 'age over 89');
    collectGroup(found, hits, GATED_AGE_AFTER_SUBJECT, lower, 'age_over_89', 5, 'age over 89');
    collectGroup(found, hits, GATED_AGE_AFTER_NAME, text, 'age_over_89', 5, 'age over 89');
    collectGroup(found, hits, GATED_AGE_IN_APPOSITION, lower, 'age_over_89', 5, 'age over 89');
  }
  if (HAS_ROOM_WORD.test(lower)) {
    collectGroup(found, hits, GATED_ROOM, lower, 'room_number', 8, 'after "room"');
  }
  return found;
}

function collect(
  found: PhiCandidate[],
  hits: PatternHits,
  gated: GatedPattern,
  text: string,
  type: PhiCandidate['type'],
  priority: number,
  cue: string,
  accept: (match: RegExpExecArray) => boolean = () => true,
): void {
  if (!gated.mayMatch(hits, text)) {
    return;
  }
  const pattern = gated.pattern;
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    if (accept(match)) {
      found.push({ type, start: match.index, end: match.index + match[0].length, priority, cue });
    }
  }
}

/** Like `collect`, but the span is capture group 1 (the identifier without its label). */
function collectGroup(
  found: PhiCandidate[],
  hits: PatternHits,
  gated: GatedPattern,
  text: string,
  type: PhiCandidate['type'],
  priority: number,
  cue: string,
): void {
  if (!gated.mayMatch(hits, text)) {
    return;
  }
  const pattern = gated.pattern;
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    const value = match[1];
    const start = match.index + match[0].lastIndexOf(value);
    found.push({ type, start, end: start + value.length, priority, cue });
  }
}

function isMonthDate(month: string, dayText: string): boolean {
  const lower = month.toLowerCase();
  // "may" and "mar" are ordinary words ("I may 2 ..."); only the capitalised forms count.
  if (lower === 'may' || lower === 'mar') {
    return month[0] === 'M';
  }
  const day = Number(dayText);
  return day >= 1 && day <= 31;
}

/** "4th of July" is a holiday, not a date tied to a person. */
function isDayMonthDate(match: RegExpExecArray): boolean {
  return !/^4th of july/i.test(match[0]) && isMonthDate(match[2], match[1]);
}

function collectDates(found: PhiCandidate[], text: string): void {
  DATE_NUMERIC.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = DATE_NUMERIC.exec(text)) !== null) {
    const [whole, firstText, separator, secondText, year] = match;
    const first = Number(firstText);
    const second = Number(secondText);
    const isMonthFirst = first >= 1 && first <= 12 && second >= 1 && second <= 31;
    const isDayFirst = second >= 1 && second <= 12 && first >= 1 && first <= 31;
    if (!isMonthFirst && !isDayFirst) {
      continue;
    }
    if (year === undefined) {
      // Without a year only slashes make a date: "4.2" is a lab value, "5-10" a range.
      if (separator !== '/') {
        continue;
      }
      if (whole === '24/7' || isRating(text, match.index, whole, second)) {
        continue;
      }
      if (
        FRACTION_UNIT.test(text.slice(match.index + whole.length, match.index + whole.length + 12))
      ) {
        continue;
      }
    }
    found.push({
      type: 'date',
      start: match.index,
      end: match.index + whole.length,
      priority: 5,
      cue: 'date pattern',
    });
  }
}

function isRating(text: string, index: number, whole: string, denominator: number): boolean {
  if (denominator !== 10 && denominator !== 5 && denominator !== 100) {
    return false;
  }
  const around = text.slice(Math.max(0, index - 25), index + whole.length + 25);
  if (RATING_CONTEXT.test(around)) {
    return true;
  }
  // "9/10" reads as a score unless something before it introduces a date ("seen on 9/10").
  const hasDateCue = DATE_CUE_BEFORE.test(text.slice(Math.max(0, index - 16), index));
  return Number(whole.split('/')[0]) <= denominator && !hasDateCue;
}
