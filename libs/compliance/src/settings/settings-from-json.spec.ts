import { DEFAULT_SETTINGS } from './default-settings';
import { settingsFromJson } from './settings-from-json';

describe('settingsFromJson', () => {
  it('reads the token-style keys of the dev settings file', () => {
    const settings = settingsFromJson({
      HOSPITAL_NAME: 'Lakeside General Hospital',
      PATIENT_RELATIONS_PHONE: '(555) 019-4400',
      PATIENT_RELATIONS_EMAIL: 'feedback@lakesidegeneral.org',
      NURSE_LINE: '(555) 019-8800',
      EMERGENCY_NUMBER: '911',
      TRUSTED_DOMAINS: ['cdc.gov', 'lakesidegeneral.org'],
    });
    expect(settings).toMatchObject({
      hospitalName: 'Lakeside General Hospital',
      patientRelationsPhone: '(555) 019-4400',
      patientRelationsEmail: 'feedback@lakesidegeneral.org',
      nurseLine: '(555) 019-8800',
      trustedDomains: ['cdc.gov', 'lakesidegeneral.org'],
      crisisLine: '988',
      approvalPolicy: 'flagged',
    });
  });

  it('reads camelCase keys, a comma-separated domain list and numeric short codes', () => {
    const settings = settingsFromJson({
      hospitalName: 'Riverbend',
      trustedDomains: ' https://www.CDC.gov/flu , nih.gov ',
      emergencyNumber: 112,
      approvalPolicy: 'all',
      signOff: '– The Riverbend team',
    });
    expect(settings.hospitalName).toBe('Riverbend');
    expect(settings.trustedDomains).toEqual(['cdc.gov', 'nih.gov']);
    expect(settings.emergencyNumber).toBe('112');
    expect(settings.approvalPolicy).toBe('all');
    expect(settings.signOff).toBe('– The Riverbend team');
  });

  it('falls back to the defaults for missing keys and ignores unknown ones', () => {
    expect(settingsFromJson({ SOMETHING_ELSE: 1 })).toEqual(DEFAULT_SETTINGS);
  });

  it.each([
    [null, 'settings must be a JSON object'],
    [[1, 2], 'settings must be a JSON object'],
    [{ HOSPITAL_NAME: 42 }, '"HOSPITAL_NAME" must be a string'],
    [{ patientRelationsPhone: ['x'] }, '"patientRelationsPhone" must be a string'],
    [{ TRUSTED_DOMAINS: [1] }, '"TRUSTED_DOMAINS" must be an array'],
    [{ approvalPolicy: 'sometimes' }, '"approvalPolicy" must be one of all, flagged, none'],
  ])('rejects %j with a clear message', (value, message) => {
    expect(() => settingsFromJson(value)).toThrow(message);
  });
});
