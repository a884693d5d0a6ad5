import { type PhiType } from '@bedside/domain';

/**
 * Names for PHI types. `@bedside/domain` labels channels, statuses and intents but not these yet;
 * when it does, this table moves there.
 */
export const PHI_TYPE_LABELS: Record<PhiType, string> = {
  person_name: 'Person name',
  date: 'Date',
  phone: 'Phone number',
  email: 'Email address',
  ssn: 'Social Security number',
  medical_record_number: 'Medical record number',
  account_number: 'Account number',
  address: 'Address',
  age_over_89: 'Age over 89',
  room_number: 'Room number',
};

export const SENTIMENT_LABELS_TEXT = {
  negative: 'Negative',
  neutral: 'Neutral',
  positive: 'Positive',
} as const;

export const URGENCY_LABELS = {
  critical: 'Critical',
  high: 'High',
  normal: 'Normal',
  low: 'Low',
} as const;
