import type { ApprovalPolicy, OrganisationSettings } from '../compliance.types';
import { DEFAULT_SETTINGS } from './default-settings';

type StringKey = Exclude<keyof OrganisationSettings, 'trustedDomains' | 'approvalPolicy'>;

/** Token names of COMPLIANCE.md section 3 (as in `reply_drafts_dev_settings.json`) per field. */
const TOKEN_KEYS: Record<keyof OrganisationSettings, string> = {
  hospitalName: 'HOSPITAL_NAME',
  patientRelationsPhone: 'PATIENT_RELATIONS_PHONE',
  patientRelationsEmail: 'PATIENT_RELATIONS_EMAIL',
  patientRelationsUrl: 'PATIENT_RELATIONS_URL',
  nurseLine: 'NURSE_LINE',
  mainPhone: 'MAIN_PHONE',
  billingPhone: 'BILLING_PHONE',
  emergencyNumber: 'EMERGENCY_NUMBER',
  crisisLine: 'CRISIS_LINE',
  poisonLine: 'POISON_LINE',
  visitorUrl: 'VISITOR_URL',
  parkingUrl: 'PARKING_URL',
  recordsUrl: 'RECORDS_URL',
  trustedDomains: 'TRUSTED_DOMAINS',
  signOff: 'SIGN_OFF',
  approvalPolicy: 'APPROVAL_POLICY',
};

const STRING_KEYS = (Object.keys(TOKEN_KEYS) as (keyof OrganisationSettings)[]).filter(
  (key): key is StringKey => key !== 'trustedDomains' && key !== 'approvalPolicy',
);
const APPROVAL_POLICIES: readonly ApprovalPolicy[] = ['all', 'flagged', 'none'];

/**
 * Reads organisation settings from parsed JSON. Accepts the token-style keys of
 * `reply_drafts_dev_settings.json` (`HOSPITAL_NAME`, `TRUSTED_DOMAINS`, …) and the camelCase keys of
 * `OrganisationSettings`, mixed if need be; missing keys take `DEFAULT_SETTINGS`, unknown keys are
 * ignored. `TRUSTED_DOMAINS` may be an array or a comma-separated string. Throws an `Error` naming
 * the key when a value has the wrong type.
 *
 * @example settingsFromJson({ HOSPITAL_NAME: 'Lakeside General', PATIENT_RELATIONS_PHONE: '(555) 019-4400' })
 *   // -> { ...DEFAULT_SETTINGS, hospitalName: 'Lakeside General', patientRelationsPhone: '(555) 019-4400' }
 */
export function settingsFromJson(value: unknown): OrganisationSettings {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error('settings must be a JSON object');
  }
  const record = value as Record<string, unknown>;
  const settings: OrganisationSettings = {
    ...DEFAULT_SETTINGS,
    trustedDomains: [...DEFAULT_SETTINGS.trustedDomains],
  };
  for (const key of STRING_KEYS) {
    const [name, raw] = pick(record, key);
    if (raw === undefined || raw === null) {
      continue;
    }
    if (typeof raw === 'number' && (key === 'emergencyNumber' || key === 'crisisLine')) {
      settings[key] = String(raw);
      continue;
    }
    if (typeof raw !== 'string') {
      throw new Error(`settings: "${name}" must be a string`);
    }
    settings[key] = raw.trim();
  }
  const [domainsName, domains] = pick(record, 'trustedDomains');
  if (domains !== undefined && domains !== null) {
    settings.trustedDomains = readDomains(domainsName, domains);
  }
  const [policyName, policy] = pick(record, 'approvalPolicy');
  if (policy !== undefined && policy !== null) {
    if (typeof policy !== 'string' || !APPROVAL_POLICIES.includes(policy as ApprovalPolicy)) {
      throw new Error(`settings: "${policyName}" must be one of ${APPROVAL_POLICIES.join(', ')}`);
    }
    settings.approvalPolicy = policy as ApprovalPolicy;
  }
  return settings;
}

function pick(record: Record<string, unknown>, key: keyof OrganisationSettings): [string, unknown] {
  const token = TOKEN_KEYS[key];
  if (token in record) {
    return [token, record[token]];
  }
  return [key, record[key]];
}

function readDomains(name: string, raw: unknown): string[] {
  const list = typeof raw === 'string' ? raw.split(',') : raw;
  if (!Array.isArray(list) || list.some((item) => typeof item !== 'string')) {
    throw new Error(
      `settings: "${name}" must be an array of domain names or a comma-separated string`,
    );
  }
  return (list as string[])
    .map((domain) =>
      domain
        .trim()
        .toLowerCase()
        .replace(/^https?:\/\//, '')
        .replace(/^www\./, '')
        .replace(/\/.*$/, ''),
    )
    .filter((domain) => domain !== '');
}
