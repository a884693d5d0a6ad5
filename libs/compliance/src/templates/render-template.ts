import type { OrganisationSettings, ReplyTemplate } from '../compliance.types';
import { urlHost, urlKey } from '../text/contacts';

/** Template variables filled from the settings (COMPLIANCE.md section 3 tokens). */
const SETTING_VARIABLES: Record<string, (settings: OrganisationSettings) => string> = {
  HOSPITAL_NAME: (settings) => settings.hospitalName,
  PATIENT_RELATIONS_PHONE: (settings) => settings.patientRelationsPhone,
  PATIENT_RELATIONS_EMAIL: (settings) => settings.patientRelationsEmail,
  PATIENT_RELATIONS_URL: (settings) => settings.patientRelationsUrl,
  NURSE_LINE: (settings) => settings.nurseLine,
  MAIN_PHONE: (settings) => settings.mainPhone,
  BILLING_PHONE: (settings) => settings.billingPhone,
  EMERGENCY_NUMBER: (settings) => settings.emergencyNumber,
  CRISIS_LINE: (settings) => settings.crisisLine,
  POISON_LINE: (settings) => settings.poisonLine,
  VISITOR_URL: (settings) => settings.visitorUrl,
  PARKING_URL: (settings) => settings.parkingUrl,
  RECORDS_URL: (settings) => settings.recordsUrl,
  TRUSTED_DOMAINS: (settings) => settings.trustedDomains.join(', '),
  TRUSTED_SOURCE_URL: trustedSourceUrl,
};

/** Variables a caller supplies per reply (section 6 templates); never filled from settings. */
const CALLER_VARIABLES = new Set([
  'FIRST_NAME_AS_SHOWN',
  'TOPIC',
  'RESOURCE_URL',
  'SERVICE',
  'FACT',
  'MYTH_SHORT',
  'WHY_WRONG',
  'SOURCE_NAME',
  'SOURCE_URL',
  'FACT_ABOUT_HOSPITAL',
]);

/** Every variable name a template may use. */
export const TEMPLATE_VARIABLES: readonly string[] = [
  ...Object.keys(SETTING_VARIABLES),
  ...CALLER_VARIABLES,
];

/** Why a template cannot be filled: an unknown `{NAME}`, or a variable with no value. */
export class TemplateError extends Error {
  constructor(
    readonly variable: string,
    readonly reason: 'unknown' | 'empty',
    templateKey: string,
  ) {
    super(
      reason === 'unknown'
        ? `Template "${templateKey}" uses an unknown variable {${variable}}.`
        : `Template "${templateKey}" needs {${variable}}, which has no value in the settings.`,
    );
    this.name = 'TemplateError';
  }
}

const VARIABLE = /\{([A-Z][A-Z0-9_]*)\}/g;

/**
 * The `{TOKEN}` variables of a template body, in order of first use.
 *
 * @example templateVariables('Call {MAIN_PHONE} or {NURSE_LINE}, or {MAIN_PHONE}.') // -> ['MAIN_PHONE', 'NURSE_LINE']
 */
export function templateVariables(body: string): string[] {
  return [...new Set([...body.matchAll(VARIABLE)].map((match) => match[1]))];
}

/**
 * Fills a template's body (or `shortBody` with `{ short: true }`) from the settings and the
 * caller's `vars`. Throws `TemplateError` for an unknown variable or one whose value is empty, so
 * a template is never sent with a hole or a typed-in number.
 *
 * @example renderTemplate({ key: 'k', name: 'n', situation: 'complaint', body: 'Call {PATIENT_RELATIONS_PHONE}.' }, settings)
 *   // -> 'Call (555) 019-4400.'
 */
export function renderTemplate(
  template: ReplyTemplate,
  settings: OrganisationSettings,
  vars: Readonly<Record<string, string>> = {},
  options: { short?: boolean } = {},
): string {
  const body = options.short ? (template.shortBody ?? template.body) : template.body;
  return body.replace(VARIABLE, (_match, name: string) => {
    let value: string | undefined;
    if (name in vars) {
      value = vars[name];
    } else if (name in SETTING_VARIABLES) {
      value = SETTING_VARIABLES[name](settings);
    } else if (CALLER_VARIABLES.has(name)) {
      value = '';
    } else {
      throw new TemplateError(name, 'unknown', template.key);
    }
    if (value.trim() === '') {
      throw new TemplateError(name, 'empty', template.key);
    }
    return value.trim();
  });
}

/**
 * A public-health source to cite in a misinformation reply: the first trusted domain that is not
 * the hospital's own (a .gov or .int domain when there is one).
 */
function trustedSourceUrl(settings: OrganisationSettings): string {
  const own = new Set(
    [settings.patientRelationsUrl, settings.visitorUrl, settings.parkingUrl, settings.recordsUrl]
      .map((url) => urlHost(urlKey(url)))
      .filter((host) => host !== ''),
  );
  const outside = settings.trustedDomains.filter(
    (domain) => ![...own].some((host) => host === domain || host.endsWith(`.${domain}`)),
  );
  const preferred = outside.find((domain) => /\.(?:gov|int)$/.test(domain)) ?? outside[0];
  return preferred ? `https://www.${preferred.replace(/^www\./, '')}` : '';
}
