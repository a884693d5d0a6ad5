import { type Rule, wholeReply } from './rule.types';

const MESSAGES = {
  missing:
    'A reply to a complaint must give the Patient Relations phone, e-mail or web form from the settings. “Call us”, “DM us” or “we’ll look into it” is not an offline path.',
  notConfigured:
    'A reply to a complaint must give the Patient Relations contact, but none is configured. Add the Patient Relations phone, e-mail or web form in the settings.',
} as const;

/**
 * C9: a reply to a complaint must carry a configured Patient Relations contact (phone, e-mail or
 * URL). Nothing else counts, so the check cannot pass until one is configured.
 *
 * @example checkOfflinePath(context('So sorry! We’ll look into it.', { complaint: true }))
 *   // -> [{ code: 'missing_offline_path', start: 0, end: 0, ... }]
 */
export const checkOfflinePath: Rule = (context) => {
  if (!context.comment.situations.complaint || context.reply.has('patient_relations')) {
    return [];
  }
  const { patientRelationsPhone, patientRelationsEmail, patientRelationsUrl } = context.settings;
  const configured = [patientRelationsPhone, patientRelationsEmail, patientRelationsUrl].some(
    (value) => value.trim() !== '',
  );
  return [
    wholeReply(
      'missing_offline_path',
      'block',
      configured ? MESSAGES.missing : MESSAGES.notConfigured,
    ),
  ];
};
