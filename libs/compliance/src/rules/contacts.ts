import { findAll, type Finding, type Rule } from './rule.types';

const MESSAGES = {
  phone:
    'Contains a phone number that is not one of the configured hospital numbers. Use the contact tokens from the settings, never typed-in numbers.',
  email:
    'Contains an e-mail address that is not the configured Patient Relations address. Use the contact tokens from the settings.',
  link: 'Links to a site outside the trusted domains in the settings.',
  askPublic:
    'Asks the person to post identifiers or care details in public. Never ask for a name, date of birth, record number or visit details in the comments.',
  askPrivate:
    'Invites identifiers or care details by direct message. Platform messages are not a secure channel: give the Patient Relations phone or web form instead.',
  incentive:
    'Offers something of value for a review or rating. Incentives for reviews are prohibited (FTC rule on consumer reviews).',
} as const;

const IDENTIFIER_WORDS =
  '(?:date of birth|dob|birthday|birth date|mrn|medical record(?: number)?|account(?: number| #)?|insurance(?: info\\w*| card| number)?|member id|policy number|full name|last name|(?:home )?address|phone(?: number)?|room(?: number)?|bed number|visit date|when you were|details of (?:your|the) (?:visit|stay|care)|ssn|social security)';
const ASK_PUBLIC = new RegExp(
  `\\b(?:post|reply with|comment with|share (?:here|below|in the comments)|tell us (?:here|below)|reply (?:here|below) with|leave (?:your|us))\\b[^.!?]{0,40}\\b${IDENTIFIER_WORDS}\\b|\\b(?:please )?reply (?:here )?with (?:your|his|her|their)\\b`,
);
const ASK_PRIVATE = new RegExp(
  `\\b(?:dm|pm|inbox|message|send) us\\b[^.!?]{0,40}\\b${IDENTIFIER_WORDS}\\b|\\b(?:send|share|give|tell) us (?:your|his|her|their) ${IDENTIFIER_WORDS}\\b`,
);

const INCENTIVE =
  /\b(?:gift cards?|discounts?|coupons?|vouchers?|raffle|rewards?|incentives?|free \w+|prizes?|\d+% off)\b[^.!?]{0,60}\b(?:reviews?|ratings?|\d stars?)\b|\b(?:leave|post|write|update|change|give) (?:us )?(?:a |an |your )?(?:\d[- ]star )?(?:reviews?|ratings?)\b[^.!?]{0,60}\b(?:gift cards?|discounts?|coupons?|vouchers?|raffle|rewards?|free \w+|prizes?|\d+% off)\b/;

/**
 * C3 contacts and C8, C19: only configured phone numbers and e-mails, and links inside the trusted
 * domains (the public crisis and poison services are always allowed); never ask for identifiers in
 * public (block) or by direct message (warning); no incentives for reviews.
 *
 * @example checkContacts(context('Call Dr. Patel at 555-0199.')) // -> [{ code: 'unlisted_contact', ... }]
 */
export const checkContacts: Rule = (context) => {
  const { reply } = context;
  const findings: Finding[] = [];
  for (const hit of reply.hits) {
    if (hit.kind === 'unlisted_phone' || hit.kind === 'unlisted_email') {
      findings.push({
        code: 'unlisted_contact',
        severity: 'block',
        message: hit.kind === 'unlisted_phone' ? MESSAGES.phone : MESSAGES.email,
        start: hit.start,
        end: hit.end,
      });
    } else if (hit.kind === 'untrusted_link') {
      findings.push({
        code: 'untrusted_link',
        severity: 'block',
        message: MESSAGES.link,
        start: hit.start,
        end: hit.end,
      });
    }
  }
  const make =
    (severity: 'block' | 'warn', message: string, code: Finding['code']) =>
    (start: number, end: number): Finding => ({ code, severity, message, start, end });
  findings.push(
    ...findAll(reply.masked, ASK_PUBLIC, make('block', MESSAGES.askPublic, 'asks_for_identifiers')),
    ...findAll(
      reply.masked,
      ASK_PRIVATE,
      make('warn', MESSAGES.askPrivate, 'asks_for_identifiers'),
    ),
    ...findAll(reply.masked, INCENTIVE, make('block', MESSAGES.incentive, 'review_incentive')),
  );
  return findings;
};
