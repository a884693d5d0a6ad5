import { type OrganisationSettings } from '@bedside/compliance';
import { SettingsService } from '@bedside/server';

import { withServices } from '../context';

/**
 * The organisation's reply settings (hospital name, Patient Relations contacts, trusted domains)
 * as an admin saved them in Bedside, for commands run without `--settings`.
 */
export function loadOrganisationSettings(): Promise<OrganisationSettings> {
  return withServices((context) => context.get(SettingsService).get());
}
