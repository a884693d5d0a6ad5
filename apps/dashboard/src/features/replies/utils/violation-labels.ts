import { type ViolationCode } from '@bedside/compliance';

/** Short names of the checker's rules, for the findings list and the approvals queue. */
export const VIOLATION_LABELS: Record<ViolationCode, string> = {
  confirms_patient_relationship: 'Implies a patient relationship',
  discloses_phi: 'Repeats health or personal details',
  individual_medical_advice: 'Individual medical advice',
  argues_or_blames: 'Argues or blames',
  promises_outcome: 'Promises an outcome',
  missing_offline_path: 'No Patient Relations contact',
  dismisses_emergency: 'Emergency not sent to 911 / 988 first',
  asks_for_identifiers: 'Asks for personal details in public',
  legal_threat_or_pressure: 'Legal threat or pressure',
  review_incentive: 'Offers an incentive for a review',
  unlisted_contact: 'Contact not in the settings',
  untrusted_link: 'Link to an untrusted site',
  exceeds_channel_limit: 'Too long for this channel',
  health_well_wish: 'Wishes someone well with their health',
  callback_promise: 'Promises a call back',
  missing_provider_pointer: "No pointer to the person's own provider",
  missing_trusted_source: 'No trusted source for the facts',
  unsafe_messaging: 'Unsafe wording about suicide',
  names_staff: 'Names a staff member',
};

/** The channels' reply limits, in characters (COMPLIANCE.md C25). */
export const CHANNEL_REPLY_LIMITS: Partial<Record<string, number>> = {
  x: 280,
  instagram: 2200,
  youtube: 10000,
  google_review: 4096,
  facebook: 8000,
};
