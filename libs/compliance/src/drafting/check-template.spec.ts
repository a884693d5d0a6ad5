import type { ReplyTemplate } from '../compliance.types';
import { TEST_SETTINGS } from '../testing/fixtures';
import { checkTemplate } from './check-template';

const template = (
  body: string,
  situation: ReplyTemplate['situation'] = 'complaint',
): ReplyTemplate => ({
  key: 'custom.reply',
  name: 'Custom',
  situation,
  body,
});

describe('checkTemplate', () => {
  it('passes a compliant custom template', () => {
    const check = checkTemplate(
      template(
        'We’re sorry to hear this. Please contact Patient Relations at {PATIENT_RELATIONS_PHONE}.',
      ),
      TEST_SETTINGS,
    );
    expect(check.ok).toBe(true);
    expect(check.results).toHaveLength(2);
  });

  it('reports what a bad template would do to each sample comment', () => {
    const check = checkTemplate(
      template('Sorry about your stay! We will look into it.'),
      TEST_SETTINGS,
    );
    expect(check.ok).toBe(false);
    const codes = new Set(
      check.results.flatMap((result) => result.violations.map((violation) => violation.code)),
    );
    expect([...codes].sort()).toEqual(['confirms_patient_relationship', 'missing_offline_path']);
  });

  it('reports a template that cannot be filled from these settings', () => {
    const check = checkTemplate(
      template('Call our nurse line at {NURSE_LINE}.', 'medical_advice_request'),
      {
        ...TEST_SETTINGS,
        nurseLine: '',
      },
    );
    expect(check).toEqual({
      key: 'custom.reply',
      ok: false,
      error: 'Template "custom.reply" needs {NURSE_LINE}, which has no value in the settings.',
      results: [],
    });
  });
});
