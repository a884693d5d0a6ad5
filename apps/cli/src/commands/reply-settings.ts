import * as fs from 'node:fs';

import { type OrganisationSettings, settingsFromJson } from '@bedside/compliance';

import { loadOrganisationSettings } from './organisation-settings';

/**
 * Settings for the reply commands: the `--settings` JSON file (token-style keys such as
 * `PATIENT_RELATIONS_PHONE`, or camelCase) when given, else the organisation's stored settings.
 */
export async function resolveReplySettings(
  file: string | undefined,
): Promise<OrganisationSettings> {
  if (file === undefined) {
    return loadOrganisationSettings();
  }
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(
      code === 'ENOENT' ? `no such settings file: ${file}` : (error as Error).message,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`settings file ${file} is not valid JSON`);
  }
  try {
    return settingsFromJson(value);
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}
