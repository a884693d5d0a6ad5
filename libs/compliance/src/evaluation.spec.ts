/**
 * Regression floors on the shared data set (`../shared/data` beside the repository) and on our own
 * validation cases (`tools/compliance/data`). The checker gets no triage here (intents and PHI
 * empty), so the floors measure the rules and the comment cue lists alone; the CLI adds the
 * triage on top (`npm run eval:compliance`). The floors sit a little below what the rules achieve,
 * so a broken rule fails here. Without the data the suite is skipped with a printed reason.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { Intent, PhiSpan } from '@bedside/domain';

import { checkReply } from './check-reply';
import { CONTRACT_CODES, type OrganisationSettings, type ViolationCode } from './compliance.types';
import { draftReply } from './drafting/draft-reply';
import { settingsFromJson } from './settings/settings-from-json';

// Specs run from the workspace root (nx, npm test); the data sits beside the repository.
const DATA_DIR = path.resolve(process.cwd(), '..', 'shared', 'data', 'dev');
const OWN_DIR = path.resolve(process.cwd(), 'tools', 'compliance', 'data');
const hasData = existsSync(path.join(DATA_DIR, 'reply_drafts_dev.jsonl'));
const hasOwnData = existsSync(path.join(OWN_DIR, 'validation.jsonl'));

interface ReplyCase {
  id: string;
  comment: string;
  reply: string;
  compliant: boolean;
  violations: ViolationCode[];
}

interface HospitalComment {
  id: string;
  text: string;
  intents: Intent[];
  phi: (PhiSpan & { text: string })[];
}

function readLines<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

function readSettings(file: string): OrganisationSettings {
  return settingsFromJson(JSON.parse(readFileSync(file, 'utf8')));
}

interface Scores {
  accuracy: number;
  f1: Record<string, number>;
}

function score(cases: readonly ReplyCase[], settings: OrganisationSettings): Scores {
  let correct = 0;
  const counts = Object.fromEntries(CONTRACT_CODES.map((code) => [code, { tp: 0, fp: 0, fn: 0 }]));
  for (const item of cases) {
    const result = checkReply(item.reply, {
      comment: { text: item.comment, intents: [], phi: [] },
      settings,
    });
    if (result.compliant === item.compliant) correct++;
    const predicted = new Set(result.violations.map((violation) => violation.code));
    for (const code of CONTRACT_CODES) {
      const expected = item.violations.includes(code);
      const got = predicted.has(code);
      if (expected && got) counts[code].tp++;
      else if (got) counts[code].fp++;
      else if (expected) counts[code].fn++;
    }
  }
  const f1 = Object.fromEntries(
    Object.entries(counts).map(([code, { tp, fp, fn }]) => [
      code,
      tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn),
    ]),
  );
  return { accuracy: correct / cases.length, f1 };
}

const DEV_FLOORS: Record<string, number> = {
  confirms_patient_relationship: 0.95,
  discloses_phi: 0.95,
  individual_medical_advice: 0.95,
  argues_or_blames: 0.9,
  promises_outcome: 0.9,
  // Without triage only strong complaint cues count, so half the complaints go unseen here.
  missing_offline_path: 0.6,
  dismisses_emergency: 0.85,
};

const VALIDATION_FLOORS: Record<string, number> = {
  confirms_patient_relationship: 0.9,
  discloses_phi: 0.9,
  individual_medical_advice: 0.9,
  argues_or_blames: 0.85,
  promises_outcome: 0.9,
  missing_offline_path: 0.7,
  dismisses_emergency: 0.85,
};

(hasData ? describe : describe.skip)('checker on dev/reply_drafts_dev.jsonl (no triage)', () => {
  const scores = score(
    readLines<ReplyCase>(path.join(DATA_DIR, 'reply_drafts_dev.jsonl')),
    readSettings(path.join(DATA_DIR, 'reply_drafts_dev_settings.json')),
  );

  it('gets compliant/non-compliant right on at least 96% of replies', () => {
    expect(scores.accuracy).toBeGreaterThanOrEqual(0.96);
  });

  it.each(Object.entries(DEV_FLOORS))('keeps F1 of %s at or above %d', (code, floor) => {
    expect(scores.f1[code]).toBeGreaterThanOrEqual(floor);
  });
});

(hasOwnData ? describe : describe.skip)(
  'checker on tools/compliance/data/validation.jsonl (no triage)',
  () => {
    const scores = score(
      readLines<ReplyCase>(path.join(OWN_DIR, 'validation.jsonl')),
      readSettings(path.join(OWN_DIR, 'validation_settings.json')),
    );

    it('gets compliant/non-compliant right on at least 95% of replies', () => {
      expect(scores.accuracy).toBeGreaterThanOrEqual(0.95);
    });

    it.each(Object.entries(VALIDATION_FLOORS))('keeps F1 of %s at or above %d', (code, floor) => {
      expect(scores.f1[code]).toBeGreaterThanOrEqual(floor);
    });
  },
);

(hasData ? describe : describe.skip)(
  'drafts for dev/hospital_comments_dev.jsonl (labelled intents)',
  () => {
    const settings = readSettings(path.join(DATA_DIR, 'reply_drafts_dev_settings.json'));
    const comments = readLines<HospitalComment>(path.join(DATA_DIR, 'hospital_comments_dev.jsonl'));
    const drafts = comments.map((comment) => ({
      comment,
      draft: draftReply(
        { text: comment.text, intents: comment.intents, phi: comment.phi },
        settings,
      ),
    }));

    it('passes the checker for every comment', () => {
      expect(
        drafts.filter(({ draft }) => draft.violations.length > 0).map(({ comment }) => comment.id),
      ).toEqual([]);
    });

    it('never repeats a PHI span, sends crises to 911/988 and complaints to Patient Relations', () => {
      const problems: string[] = [];
      for (const { comment, draft } of drafts) {
        const reply = draft.reply.toLowerCase();
        if (comment.phi.some((span) => reply.includes(span.text.toLowerCase())))
          problems.push(`${comment.id} phi`);
        if (comment.intents.includes('emergency') && !reply.includes(settings.emergencyNumber))
          problems.push(`${comment.id} 911`);
        if (comment.intents.includes('self_harm') && !reply.includes(settings.crisisLine))
          problems.push(`${comment.id} 988`);
        const hidden = draft.action === 'hide';
        if (
          comment.intents.includes('complaint') &&
          !hidden &&
          !reply.includes(settings.patientRelationsPhone.toLowerCase()) &&
          !reply.includes(settings.patientRelationsEmail) &&
          !reply.includes(settings.patientRelationsUrl)
        ) {
          problems.push(`${comment.id} patient relations`);
        }
      }
      expect(problems).toEqual([]);
    });
  },
);

if (!hasData) {
  console.log(`Skipping compliance evaluation floors: no shared data at ${DATA_DIR}`);
}
if (!hasOwnData) {
  console.log(`Skipping validation floors: no validation cases at ${OWN_DIR}`);
}
