import type { OrganisationSettings } from '../compliance.types';

/**
 * Settings used before an organisation has configured its own. The public US safety numbers are
 * filled in; every hospital-specific contact is empty, so a complaint reply cannot pass C9 until
 * Patient Relations is configured (that is deliberate: a typed-in number is never allowed).
 */
export const DEFAULT_SETTINGS: Readonly<OrganisationSettings> = Object.freeze({
  hospitalName: 'Our hospital',
  patientRelationsPhone: '',
  patientRelationsEmail: '',
  patientRelationsUrl: '',
  nurseLine: '',
  mainPhone: '',
  billingPhone: '',
  emergencyNumber: '911',
  crisisLine: '988',
  poisonLine: '1-800-222-1222',
  visitorUrl: '',
  parkingUrl: '',
  recordsUrl: '',
  trustedDomains: Object.freeze([
    'cdc.gov',
    'fda.gov',
    'nih.gov',
    'hhs.gov',
    'who.int',
  ]) as string[],
  signOff: '',
  approvalPolicy: 'flagged',
});
