import type { ReplyTemplate } from '../compliance.types';
import { TEST_SETTINGS } from '../testing/fixtures';
import {
  renderTemplate,
  TEMPLATE_VARIABLES,
  TemplateError,
  templateVariables,
} from './render-template';

const template = (body: string, shortBody?: string): ReplyTemplate => ({
  key: 'test.template',
  name: 'Test',
  situation: 'complaint',
  body,
  ...(shortBody ? { shortBody } : {}),
});

describe('renderTemplate', () => {
  it('fills setting tokens and caller variables', () => {
    expect(
      renderTemplate(
        template(
          'Hi {FIRST_NAME_AS_SHOWN}, call {PATIENT_RELATIONS_PHONE} or see {TRUSTED_SOURCE_URL}.',
        ),
        TEST_SETTINGS,
        { FIRST_NAME_AS_SHOWN: 'Jordan' },
      ),
    ).toBe('Hi Jordan, call (555) 017-2200 or see https://www.cdc.gov.');
  });

  it('uses the short body when asked, and the body when there is none', () => {
    expect(
      renderTemplate(template('Long {MAIN_PHONE}', 'Short'), TEST_SETTINGS, {}, { short: true }),
    ).toBe('Short');
    expect(renderTemplate(template('Long {MAIN_PHONE}'), TEST_SETTINGS, {}, { short: true })).toBe(
      'Long (555) 017-1000',
    );
  });

  it('refuses an unknown variable', () => {
    expect(() => renderTemplate(template('Call {PR_PHONE}'), TEST_SETTINGS)).toThrow(
      'Template "test.template" uses an unknown variable {PR_PHONE}.',
    );
  });

  it('refuses a variable whose setting is empty, so no reply goes out with a hole', () => {
    const settings = { ...TEST_SETTINGS, nurseLine: '' };
    expect(() => renderTemplate(template('Call {NURSE_LINE}'), settings)).toThrow(TemplateError);
    expect(() => renderTemplate(template('About {TOPIC}'), settings)).toThrow('{TOPIC}');
  });
});

describe('templateVariables', () => {
  it('lists the variables in order of first use', () => {
    expect(
      templateVariables('Call {MAIN_PHONE} or {NURSE_LINE}, or {MAIN_PHONE}. {lower} {}'),
    ).toEqual(['MAIN_PHONE', 'NURSE_LINE']);
  });

  it('knows every token of COMPLIANCE.md section 3', () => {
    expect(TEMPLATE_VARIABLES).toEqual(
      expect.arrayContaining([
        'PATIENT_RELATIONS_PHONE',
        'EMERGENCY_NUMBER',
        'TRUSTED_DOMAINS',
        'FIRST_NAME_AS_SHOWN',
      ]),
    );
  });
});
