import { type TemplateSituation } from '@bedside/compliance';

export const SITUATION_LABELS: Record<TemplateSituation, string> = {
  praise: 'Praise',
  complaint: 'Complaint',
  medical_advice_request: 'Medical advice request',
  emergency: 'Emergency',
  self_harm: 'Self-harm or crisis',
  poisoning: 'Poisoning or overdose',
  service_question: 'Service question',
  misinformation: 'Misinformation',
  spam_abuse: 'Spam or abuse',
  general: 'General',
};

/** The tokens a template may use (COMPLIANCE.md section 3). */
export const TEMPLATE_TOKENS = [
  'HOSPITAL_NAME',
  'PATIENT_RELATIONS_PHONE',
  'PATIENT_RELATIONS_EMAIL',
  'PATIENT_RELATIONS_URL',
  'NURSE_LINE',
  'MAIN_PHONE',
  'BILLING_PHONE',
  'EMERGENCY_NUMBER',
  'CRISIS_LINE',
  'POISON_LINE',
  'VISITOR_URL',
  'PARKING_URL',
  'RECORDS_URL',
  'FIRST_NAME_AS_SHOWN',
] as const;
