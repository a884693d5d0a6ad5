import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { HospitalRow } from './data';

const SENTIMENTS: Record<string, HospitalRow['sentiment']> = {
  '-': 'negative',
  '0': 'neutral',
  '+': 'positive',
};
const INTENT_CODES: Record<string, string> = {
  adv: 'medical_advice_request',
  emer: 'emergency',
  self: 'self_harm',
  comp: 'complaint',
  prai: 'praise',
  svc: 'service_question',
  mis: 'misinformation',
  spam: 'spam',
  abu: 'abuse',
};
const URGENCY_CODES: Record<string, string> = { C: 'critical', H: 'high', N: 'normal', L: 'low' };
const PHI_CODES: Record<string, string> = {
  name: 'person_name',
  date: 'date',
  phone: 'phone',
  email: 'email',
  ssn: 'ssn',
  mrn: 'medical_record_number',
  acct: 'account_number',
  addr: 'address',
  age: 'age_over_89',
  room: 'room_number',
};

/** The invented training cases in `tools/triage/data/cases-*.txt`, in the dev data's shape. */
export function loadCases(directory = path.join(__dirname, '..', 'data')): HospitalRow[] {
  return loadCaseFiles(directory, /^cases-.*\.txt$/);
}

/**
 * The invented blind challenge set, `tools/triage/data/challenge-*.txt`: never trained or tuned
 * on, reported by `npm run eval` as a second held-out measure beside the dev split.
 */
export function loadChallenge(directory = path.join(__dirname, '..', 'data')): HospitalRow[] {
  return loadCaseFiles(directory, /^challenge-.*\.txt$/);
}

function loadCaseFiles(directory: string, name: RegExp): HospitalRow[] {
  const rows: HospitalRow[] = [];
  for (const file of readdirSync(directory)
    .filter((entry) => name.test(entry))
    .sort()) {
    readFileSync(path.join(directory, file), 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (line.trim() === '' || line.startsWith('#')) {
          return;
        }
        rows.push(parseCase(line, `${file}:${index + 1}`));
      });
  }
  return rows;
}

/**
 * Parses `<sentiment> | <intents> | <urgency> | <text with {type:value} spans>`.
 *
 * @example parseCase('0 | svc | N | Do you take {acct:X1}?', 'f:1').phi // -> [{type:'account_number', start:13, end:15}]
 */
export function parseCase(line: string, id: string): HospitalRow {
  const parts = line.split(' | ');
  if (parts.length < 4) {
    throw new Error(`${id}: expected 4 fields`);
  }
  const [sentimentCode, intentCodes, urgencyCode] = parts;
  const marked = parts.slice(3).join(' | ');
  const sentiment = SENTIMENTS[sentimentCode.trim()];
  const urgency = URGENCY_CODES[urgencyCode.trim()];
  const intents =
    intentCodes.trim() === 'none'
      ? []
      : intentCodes.split(',').map((code) => {
          const intent = INTENT_CODES[code.trim()];
          if (!intent) {
            throw new Error(`${id}: unknown intent code ${code}`);
          }
          return intent;
        });
  if (!sentiment || !urgency) {
    throw new Error(`${id}: bad sentiment or urgency code`);
  }
  const phi: HospitalRow['phi'] = [];
  let text = '';
  let cursor = 0;
  const markup = /\{([a-z]+):([^}]+)\}/g;
  let match: RegExpExecArray | null;
  while ((match = markup.exec(marked)) !== null) {
    text += marked.slice(cursor, match.index);
    const type = PHI_CODES[match[1]];
    if (!type) {
      throw new Error(`${id}: unknown PHI code ${match[1]}`);
    }
    phi.push({ type, start: text.length, end: text.length + match[2].length, text: match[2] });
    text += match[2];
    cursor = match.index + match[0].length;
  }
  text += marked.slice(cursor);
  return { id, text, sentiment, intents, urgency, phi };
}

/**
 * Labels the team corrected in Bedside, exported with `npx bedside export-corrections --out
 * tools/triage/data/corrections/FILE.jsonl`. That folder is git-ignored: the lines hold real
 * comment text, which may contain PHI.
 */
export function loadCorrections(
  directory = path.join(__dirname, '..', 'data', 'corrections'),
): HospitalRow[] {
  if (!existsSync(directory)) {
    return [];
  }
  return readdirSync(directory)
    .filter((entry) => entry.endsWith('.jsonl'))
    .sort()
    .flatMap((file) =>
      readFileSync(path.join(directory, file), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => JSON.parse(line) as HospitalRow),
    );
}
