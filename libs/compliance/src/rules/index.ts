import { checkChannelLimit } from './channel-limit';
import { checkContacts } from './contacts';
import { checkEmergency } from './emergency';
import { checkMedicalAdvice } from './medical-advice';
import { checkMisinformation } from './misinformation';
import { checkOfflinePath } from './offline-path';
import { checkPatientRelationship } from './patient-relationship';
import { checkPhi } from './phi';
import { checkPhiEcho } from './phi-echo';
import { checkPromises } from './promises';
import type { Rule } from './rule.types';
import { checkTone } from './tone';

/**
 * The rule families in the order their findings are listed: privacy first (C1–C8), then advice,
 * tone and promises, then the category requirements (C9, C12–C14, C21) and format (C25). Every rule
 * reads the same masked reply, so the order changes only the listing, never a decision.
 */
export const RULES: readonly Rule[] = [
  checkPatientRelationship,
  checkPhi,
  checkPhiEcho,
  checkContacts,
  checkMedicalAdvice,
  checkTone,
  checkPromises,
  checkOfflinePath,
  checkEmergency,
  checkMisinformation,
  checkChannelLimit,
];
