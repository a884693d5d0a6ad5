import type { OrganisationSettings } from '../compliance.types';
import {
  type ContactMatch,
  findContacts,
  isHostInDomain,
  isSamePhone,
  urlHost,
  urlKey,
} from '../text/contacts';
import { type NormalisedText, normaliseText } from '../text/normalise-text';
import { type Sentence, splitSentences } from '../text/sentences';

/** What a masked stretch of the reply was (COMPLIANCE.md section 5, stage 1). */
export type MaskKind =
  | 'patient_relations'
  | 'nurse_line'
  | 'main_phone'
  | 'billing_phone'
  | 'emergency'
  | 'crisis'
  | 'poison'
  | 'configured_link'
  | 'trusted_link'
  | 'public_service_link'
  | 'hospital_name'
  | 'service_name'
  | 'own_provider'
  | 'safety_clause'
  | 'unlisted_phone'
  | 'unlisted_email'
  | 'untrusted_link';

export interface MaskHit {
  kind: MaskKind;
  start: number;
  end: number;
  /** The contact's digits, address or link key, for contacts. */
  value?: string;
}

/**
 * The reply prepared for the rules: normalised text (with the way back to the original), a copy of
 * the same length in which configured tokens, safe phrases and contacts are blanked out with `¤`
 * so they cannot trigger a pattern, what was blanked, and the sentences.
 */
export interface AnalysedReply {
  readonly text: NormalisedText;
  /** Normalised text (lower case). */
  readonly lower: string;
  /** `lower` with masked stretches replaced by `¤`. */
  readonly masked: string;
  readonly hits: readonly MaskHit[];
  /** Sentences of `masked` (links and e-mails no longer hold full stops). */
  readonly sentences: readonly Sentence[];
  has(kind: MaskKind): boolean;
}

export const MASK_CHAR = '¤';

/** Crisis and poison services whose sites a reply may always link. */
const PUBLIC_SERVICE_DOMAINS = [
  '988lifeline.org',
  'poisonhelp.hrsa.gov',
  'poison.org',
  'veteranscrisisline.net',
  'crisistextline.org',
];

const SERVICE_NAMES =
  /\b(?:(?:the )?988 suicide (?:&|and) crisis lifeline|suicide (?:&|and) crisis lifeline|crisis lifeline|veterans crisis line|crisis text line|poison help(?: line)?|poison control(?: cent(?:er|re))?|patient relations(?: team| office| department)?|patient experience|patient advocates?|patient portal|patients and (?:their )?famil(?:y|ies)|health information management|(?:24\/7 )?nurse (?:advice )?line|nurse advice)\b/g;

const OWN_PROVIDER = new RegExp(
  String.raw`\b(?:your|their|his|her)\s+(?:own\s+)?(?:(?:child|son|daughter|baby|kid|little one|family|husband|wife|partner|mom|dad|mother|father|loved one)'s\s+)?(?:(?:primary care|family|regular|usual)\s+)?(?:doctors?|physicians?|health ?care providers?|medical providers?|providers?|pediatricians?|pcp|pharmacists?|ob|ob-?gyn|specialists?|care providers?|clinicians?|therapists?|counsell?ors?|dentists?|midwi(?:fe|ves))(?:\s+or\s+(?:a\s+|your\s+)?(?:pharmacist|doctor|health ?care provider|provider|pediatrician|specialist|nurse|therapist))?\b`,
  'g',
);
/** "your doctor here", "your doctor at our clinic": the hospital's clinician, not their own. */
const HOSPITAL_CLINICIAN_AFTER =
  /^(?:\W+\w+){0,4}?\W+(?:here|with us|at (?:our|this)|on our|in our)\b/;
/** "we've let your doctor know": the hospital acting through the person's clinician. */
const HOSPITAL_ACTION_BEFORE =
  /\b(?:we|we'll|we've|we'd|we're|our team|i|i'll|i've)\b[^.!?]{0,40}\b(?:share|shared|sharing|pass|passed|tell|told|let|notify|notified|forward|forwarded|inform|informed|ask|asked|contact|contacted|reach(?:ed)? out|loop|looped|send|sent|update|updated|alert|alerted|speak|spoke|talk|talked|call|called)\b[^.!?]{0,20}$/;

const SAFETY_CLAUSE =
  /\bif\b(?:(?!\bif\b)[^.!?;¤])*?,?\s*(?:please\s+)?(?:call|dial|text|phone)\s+(?=¤)/g;
const SAFETY_CLAUSE_NEAREST =
  /\bif\b(?:(?!\bif\b)[^.!?;¤])*?,?\s*(?:please\s+)?(?:go|get|head)\s+(?:\w+\s+)?to (?:the|your) (?:nearest|closest)\b/g;

/**
 * Normalises and masks a reply against the organisation's settings.
 *
 * @example analyseReply('Call 911 or (555) 019-4400.', settings).hits.map((hit) => hit.kind)
 *   // -> ['emergency', 'patient_relations']
 */
export function analyseReply(reply: string, settings: OrganisationSettings): AnalysedReply {
  const text = normaliseText(reply);
  const lower = text.text;
  const masked: string[] = lower.split('');
  const hits: MaskHit[] = [];
  const isFree = (start: number, end: number): boolean =>
    !hits.some((hit) => start < hit.end && end > hit.start);
  const mask = (kind: MaskKind, start: number, end: number, value?: string): void => {
    for (let index = start; index < end; index++) {
      masked[index] = MASK_CHAR;
    }
    hits.push(value === undefined ? { kind, start, end } : { kind, start, end, value });
  };

  for (const contact of findContacts(lower)) {
    mask(classifyContact(contact, settings), contact.start, contact.end, contact.value);
  }
  maskShortNumbers(lower, settings, isFree, mask);
  maskPattern(lower, hospitalNamePattern(settings.hospitalName), 'hospital_name', isFree, mask);
  maskPattern(lower, SERVICE_NAMES, 'service_name', isFree, mask);
  for (const match of lower.matchAll(OWN_PROVIDER)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = lower.slice(Math.max(0, start - 80), start);
    const sentenceBefore = before.slice(
      Math.max(before.lastIndexOf('.'), before.lastIndexOf('!')) + 1,
    );
    if (
      !isFree(start, end) ||
      HOSPITAL_CLINICIAN_AFTER.test(lower.slice(end, end + 60)) ||
      HOSPITAL_ACTION_BEFORE.test(sentenceBefore)
    ) {
      continue;
    }
    mask('own_provider', start, end);
  }
  const current = masked.join('');
  for (const pattern of [SAFETY_CLAUSE, SAFETY_CLAUSE_NEAREST]) {
    for (const match of current.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      const next = hits.find((hit) => hit.start === end);
      if (
        pattern === SAFETY_CLAUSE &&
        !(next && ['emergency', 'poison', 'crisis'].includes(next.kind))
      ) {
        continue;
      }
      mask('safety_clause', start, end);
    }
  }
  hits.sort((left, right) => left.start - right.start);
  const maskedText = masked.join('');
  return {
    text,
    lower,
    masked: maskedText,
    hits,
    sentences: splitSentences(maskedText),
    has: (kind) => hits.some((hit) => hit.kind === kind),
  };
}

function classifyContact(contact: ContactMatch, settings: OrganisationSettings): MaskKind {
  if (contact.kind === 'phone') {
    const phones: [string, MaskKind][] = [
      [settings.patientRelationsPhone, 'patient_relations'],
      [settings.nurseLine, 'nurse_line'],
      [settings.mainPhone, 'main_phone'],
      [settings.billingPhone, 'billing_phone'],
      [settings.poisonLine, 'poison'],
      [settings.emergencyNumber, 'emergency'],
      [settings.crisisLine, 'crisis'],
    ];
    return (
      phones.find(([configured]) => isSamePhone(contact.value, configured))?.[1] ?? 'unlisted_phone'
    );
  }
  if (contact.kind === 'email') {
    return settings.patientRelationsEmail.trim().toLowerCase() === contact.value
      ? 'patient_relations'
      : 'unlisted_email';
  }
  const key = contact.value;
  const host = urlHost(key);
  const matchesUrl = (configured: string): boolean => {
    const want = urlKey(configured);
    return want !== '' && (key === want || key.startsWith(`${want}/`));
  };
  if (matchesUrl(settings.patientRelationsUrl)) {
    return 'patient_relations';
  }
  if (
    crisisLinks(settings).some(
      (link) => key === link || key.startsWith(`${link}/`) || host === link,
    )
  ) {
    return 'crisis';
  }
  if ([settings.visitorUrl, settings.parkingUrl, settings.recordsUrl].some(matchesUrl)) {
    return 'configured_link';
  }
  const ownHosts = [
    settings.patientRelationsUrl,
    settings.visitorUrl,
    settings.parkingUrl,
    settings.recordsUrl,
  ]
    .map((url) => urlHost(urlKey(url)))
    .filter((value) => value !== '');
  if ([...settings.trustedDomains, ...ownHosts].some((domain) => isHostInDomain(host, domain))) {
    return 'trusted_link';
  }
  if (PUBLIC_SERVICE_DOMAINS.some((domain) => isHostInDomain(host, domain))) {
    return host.startsWith('poison') ? 'poison' : 'public_service_link';
  }
  return 'untrusted_link';
}

/** Links named in the crisis-line setting, and 988lifeline.org when the line is 988. */
function crisisLinks(settings: OrganisationSettings): string[] {
  const links = [
    ...settings.crisisLine.toLowerCase().matchAll(/[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/\S*)?/g),
  ]
    .map((match) => urlKey(match[0]))
    .filter((link) => /[a-z]/.test(link));
  if (/(?<!\d)988(?!\d)/.test(settings.crisisLine)) {
    links.push('988lifeline.org');
  }
  return links;
}

/** Emergency and crisis short codes ("911", "988") and their spaced forms ("9-1-1"). */
function maskShortNumbers(
  lower: string,
  settings: OrganisationSettings,
  isFree: (start: number, end: number) => boolean,
  mask: (kind: MaskKind, start: number, end: number, value?: string) => void,
): void {
  const codes: [string, MaskKind][] = [];
  for (const digits of settings.emergencyNumber.match(/\d{2,}/g) ?? []) {
    codes.push([digits, 'emergency']);
  }
  const crisisText = settings.crisisLine.replace(/[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/\S*)?/gi, ' ');
  for (const digits of crisisText.match(/\d{3,}/g) ?? []) {
    codes.push([digits, 'crisis']);
  }
  for (const [digits, kind] of codes) {
    const spaced = digits.split('').join('[ -]?');
    const pattern = new RegExp(`(?<![\\d-])(?:${digits}|${spaced})(?![\\d-]*\\d)`, 'g');
    for (const match of lower.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (isFree(start, end)) {
        mask(kind, start, end, digits);
      }
    }
  }
}

function maskPattern(
  lower: string,
  pattern: RegExp | null,
  kind: MaskKind,
  isFree: (start: number, end: number) => boolean,
  mask: (kind: MaskKind, start: number, end: number) => void,
): void {
  if (pattern === null) {
    return;
  }
  for (const match of lower.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (isFree(start, end)) {
      mask(kind, start, end);
    }
  }
}

const GENERIC_NAME_WORDS = new Set([
  'the',
  'of',
  'and',
  'general',
  'hospital',
  'hospitals',
  'medical',
  'center',
  'centre',
  'health',
  'healthcare',
  'regional',
  'memorial',
  'community',
  'university',
  'clinic',
  'clinics',
  'system',
  'saint',
  'st',
  'our',
  'care',
  'children',
  "children's",
  'county',
  'city',
  'valley',
]);

/** The hospital's full name, and each distinctive word of it ("lakeside" of "Lakeside General"). */
function hospitalNamePattern(name: string): RegExp | null {
  const clean = normaliseText(name).text.trim();
  if (clean === '') {
    return null;
  }
  const escape = (value: string): string => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const words = clean
    .split(/\s+/)
    .map((word) => word.replace(/[^a-z0-9'-]/g, ''))
    .filter((word) => word.length >= 4 && !GENERIC_NAME_WORDS.has(word));
  const prefixes = words.map((_word, index) => words.slice(0, index + 1).join(' '));
  const alternatives = [clean, ...prefixes.reverse(), ...words]
    .filter((value, index, all) => all.indexOf(value) === index)
    .map(escape);
  return new RegExp(`\\b(?:${alternatives.join('|')})(?:'s)?\\b`, 'g');
}
