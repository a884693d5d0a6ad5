import { TEMPLATE_SITUATIONS } from '../compliance.types';
import { checkTemplate } from '../drafting/check-template';
import { weightedLength } from '../rules/channel-limit';
import { LONG_SETTINGS, TEST_SETTINGS } from '../testing/fixtures';
import { BUILT_IN_TEMPLATES } from './built-in-templates';
import { renderTemplate, TEMPLATE_VARIABLES, templateVariables } from './render-template';

describe('BUILT_IN_TEMPLATES', () => {
  it('has unique keys and several wordings for every situation that gets a reply', () => {
    const keys = BUILT_IN_TEMPLATES.map((template) => template.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const situation of TEMPLATE_SITUATIONS) {
      const count = BUILT_IN_TEMPLATES.filter(
        (template) => template.situation === situation,
      ).length;
      expect([situation, count >= (situation === 'spam_abuse' ? 1 : 2)]).toEqual([situation, true]);
    }
  });

  it('uses only known variables', () => {
    const used = BUILT_IN_TEMPLATES.flatMap((template) => [
      ...templateVariables(template.body),
      ...templateVariables(template.shortBody ?? ''),
    ]);
    expect(used.filter((variable) => !TEMPLATE_VARIABLES.includes(variable))).toEqual([]);
  });

  // The fallbacks for settings that lack a trusted domain or a Patient Relations contact carry
  // their finding by design (the drafter shows it); every other template must be spotless.
  const FINDINGS_ALLOWED: Record<string, string[]> = {
    'misinformation.ask-provider': ['missing_trusted_source'],
    'complaint.no-contact': ['missing_offline_path'],
  };

  it.each(BUILT_IN_TEMPLATES.map((template) => [template.key, template] as const))(
    '%s passes the checker on sample comments of its situation',
    (key, template) => {
      const check = checkTemplate(template, TEST_SETTINGS);
      expect(check.error).toBeUndefined();
      const allowed = FINDINGS_ALLOWED[key] ?? [];
      const unexpected = check.results.flatMap((result) =>
        result.violations.filter((violation) => !allowed.includes(violation.code)),
      );
      expect(unexpected).toEqual([]);
    },
  );

  it.each(BUILT_IN_TEMPLATES.map((template) => [template.key, template] as const))(
    '%s fits X with long setting values (short body)',
    (_key, template) => {
      const text = renderTemplate(template, LONG_SETTINGS, {}, { short: true });
      expect(weightedLength(text)).toBeLessThanOrEqual(280);
    },
  );
});
