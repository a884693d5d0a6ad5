/**
 * `npm run eval:compliance [-- --data DIR] [--errors]`: how well the reply checker and drafter do.
 *
 * Checker: compliant/non-compliant accuracy and per-code precision, recall and F1 over the seven
 * contract codes, on `dev/reply_drafts_dev.jsonl` (with its settings) and on our own cases in
 * `tools/compliance/data` (other hospitals' settings; see the README there for which sets the
 * rules have and have not been tuned on). Comments are triaged with `@bedside/triage`, exactly as
 * `bedside check-reply` does.
 *
 * Drafter: for every comment of `dev/hospital_comments_dev.jsonl` and of the validation cases, the
 * share of drafts that pass both the checker and an independent review (`review-draft.ts`).
 */
import '../triage/register-paths';

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import {
  checkReply,
  CONTRACT_CODES,
  draftReply,
  type OrganisationSettings,
  settingsFromJson,
} from '@bedside/compliance';
import type { ChannelKind } from '@bedside/domain';
import { triage } from '@bedside/triage';

import { REPO_ROOT } from '../triage/register-paths';
import { reviewDraft } from './review-draft';

interface ReplyCase {
  id: string;
  comment: string;
  reply: string;
  compliant: boolean;
  violations: string[];
}

interface HospitalComment {
  id: string;
  channel?: ChannelKind;
  text: string;
  intents: string[];
  phi: { text: string }[];
}

const args = process.argv.slice(2);
const verbose = args.includes('--errors');
const dataFlag = args.indexOf('--data');
const DATA_DIR =
  dataFlag >= 0 && args[dataFlag + 1]
    ? path.resolve(args[dataFlag + 1])
    : path.resolve(REPO_ROOT, '..', 'shared', 'data');
const OWN_DATA = path.join(REPO_ROOT, 'tools', 'compliance', 'data');

function readLines<T>(file: string): T[] {
  if (!existsSync(file)) {
    throw new Error(`Missing data file: ${file}`);
  }
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

function readSettings(file: string): OrganisationSettings {
  return settingsFromJson(JSON.parse(readFileSync(file, 'utf8')));
}

function commentFor(text: string, channel?: ChannelKind) {
  const result = triage(text, channel ? { channel } : {});
  return {
    text,
    channel,
    intents: result.intents.map((intent) => intent.label),
    phi: result.phi,
  };
}

function evaluateChecker(
  title: string,
  cases: readonly ReplyCase[],
  settings: OrganisationSettings,
): void {
  const counts = new Map(CONTRACT_CODES.map((code) => [code, { tp: 0, fp: 0, fn: 0 }]));
  let correct = 0;
  for (const item of cases) {
    const result = checkReply(item.reply, { comment: commentFor(item.comment), settings });
    const predicted = new Set(result.violations.map((violation) => violation.code));
    if (result.compliant === item.compliant) {
      correct++;
    }
    const errors: string[] = [];
    for (const code of CONTRACT_CODES) {
      const expected = item.violations.includes(code);
      const got = predicted.has(code);
      const count = counts.get(code)!;
      if (expected && got) count.tp++;
      else if (got) {
        count.fp++;
        errors.push(`+${code}`);
      } else if (expected) {
        count.fn++;
        errors.push(`-${code}`);
      }
    }
    if (verbose && (errors.length > 0 || result.compliant !== item.compliant)) {
      console.log(
        `  ${item.id} compliant=${result.compliant} (want ${item.compliant}) ${errors.join(' ')}`,
      );
    }
  }
  console.log(`\n${title} (${cases.length} replies)`);
  console.log(`  compliant/non-compliant accuracy ${(correct / cases.length).toFixed(4)}`);
  console.log(
    `  ${'code'.padEnd(32)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}  support`,
  );
  let f1Sum = 0;
  for (const [code, { tp, fp, fn }] of counts) {
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    const f1 = tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn);
    f1Sum += f1;
    console.log(
      `  ${code.padEnd(32)} ${precision.toFixed(3).padStart(6)} ${recall.toFixed(3).padStart(6)} ${f1.toFixed(3).padStart(6)}  ${tp + fn}`,
    );
  }
  console.log(`  macro F1 ${(f1Sum / counts.size).toFixed(4)}`);
}

interface DraftSubject {
  id: string;
  text: string;
  channel?: ChannelKind;
  /** Intents for the review: the labels when there are any, else the triage's. */
  intents: string[];
  phiTexts: string[];
}

function evaluateDrafts(
  title: string,
  subjects: readonly DraftSubject[],
  settings: OrganisationSettings,
): void {
  let passed = 0;
  let checkerPassed = 0;
  let reviewPassed = 0;
  for (const subject of subjects) {
    const comment = commentFor(subject.text, subject.channel);
    const draft = draftReply(comment, settings);
    const checker =
      draft.action === 'hide' ||
      checkReply(draft.reply, { comment, settings }).violations.length === 0;
    const phiTexts = [
      ...subject.phiTexts,
      ...comment.phi.map((span) => subject.text.slice(span.start, span.end)),
    ];
    const problems = reviewDraft({
      comment: subject.text,
      intents: subject.intents,
      phiTexts,
      draft,
      settings,
    });
    if (checker) checkerPassed++;
    if (problems.length === 0) reviewPassed++;
    if (checker && problems.length === 0) {
      passed++;
    } else if (verbose) {
      console.log(
        `  ${subject.id} ${draft.template}: ${checker ? '' : 'checker fails; '}${problems.join('; ')}`,
      );
    }
  }
  const share = (count: number): string => `${((100 * count) / subjects.length).toFixed(1)}%`;
  console.log(
    `\n${title} (${subjects.length} comments): pass ${share(passed)}  (checker ${share(checkerPassed)}, review ${share(reviewPassed)})`,
  );
}

function main(): void {
  const devSettings = readSettings(path.join(DATA_DIR, 'dev', 'reply_drafts_dev_settings.json'));
  const validationSettings = readSettings(path.join(OWN_DATA, 'validation_settings.json'));
  const devReplies = readLines<ReplyCase>(path.join(DATA_DIR, 'dev', 'reply_drafts_dev.jsonl'));
  const validation = readLines<ReplyCase>(path.join(OWN_DATA, 'validation.jsonl'));

  console.log('Reply checker');
  evaluateChecker('dev/reply_drafts_dev.jsonl', devReplies, devSettings);
  evaluateChecker('tools/compliance/data/validation.jsonl', validation, validationSettings);
  evaluateChecker(
    'tools/compliance/data/validation_fresh.jsonl',
    readLines<ReplyCase>(path.join(OWN_DATA, 'validation_fresh.jsonl')),
    validationSettings,
  );
  evaluateChecker(
    'tools/compliance/data/blind.jsonl',
    readLines<ReplyCase>(path.join(OWN_DATA, 'blind.jsonl')),
    readSettings(path.join(OWN_DATA, 'blind_settings.json')),
  );
  evaluateChecker(
    'tools/compliance/data/holdout.jsonl',
    readLines<ReplyCase>(path.join(OWN_DATA, 'holdout.jsonl')),
    readSettings(path.join(OWN_DATA, 'holdout_settings.json')),
  );
  evaluateChecker(
    'tools/compliance/data/holdout2.jsonl',
    readLines<ReplyCase>(path.join(OWN_DATA, 'holdout2.jsonl')),
    readSettings(path.join(OWN_DATA, 'holdout_settings.json')),
  );
  evaluateChecker(
    'tools/compliance/data/blind_s4.jsonl',
    readLines<ReplyCase>(path.join(OWN_DATA, 'blind_s4.jsonl')),
    readSettings(path.join(OWN_DATA, 'blind_s4_settings.json')),
  );

  console.log('\nDrafts (pass = checker clean and independent review clean)');
  const hospital = readLines<HospitalComment>(
    path.join(DATA_DIR, 'dev', 'hospital_comments_dev.jsonl'),
  );
  evaluateDrafts(
    'dev/hospital_comments_dev.jsonl',
    hospital.map((row) => ({
      id: row.id,
      text: row.text,
      channel: row.channel,
      intents: row.intents,
      phiTexts: row.phi.map((span) => span.text),
    })),
    devSettings,
  );
  // The validation cases label replies, not comments. A comment counts as a complaint for the
  // review when a reply to it was labelled missing_offline_path, or when the triage says so and a
  // reply labelled compliant gave a Patient Relations contact; crises come from the triage.
  const byComment = new Map<string, ReplyCase[]>();
  for (const item of validation) {
    byComment.set(item.comment, [...(byComment.get(item.comment) ?? []), item]);
  }
  const prContacts = [
    validationSettings.patientRelationsPhone,
    validationSettings.patientRelationsEmail,
    validationSettings.patientRelationsUrl,
  ].filter((value) => value !== '');
  const validationComments: DraftSubject[] = [...byComment].map(([text, cases]) => {
    const triaged = triage(text).intents.map((intent) => intent.label as string);
    const labelledComplaint =
      cases.some((item) => item.violations.includes('missing_offline_path')) ||
      (triaged.includes('complaint') &&
        cases.some(
          (item) => item.compliant && prContacts.some((contact) => item.reply.includes(contact)),
        ));
    return {
      id: cases[0].id,
      text,
      intents: [
        ...triaged.filter((intent) => intent !== 'complaint'),
        ...(labelledComplaint ? ['complaint'] : []),
      ],
      phiTexts: [],
    };
  });
  evaluateDrafts('validation comments', validationComments, validationSettings);
  for (const channel of ['x'] as const) {
    evaluateDrafts(
      `dev/hospital_comments_dev.jsonl on ${channel}`,
      hospital.map((row) => ({
        id: row.id,
        text: row.text,
        channel,
        intents: row.intents,
        phiTexts: row.phi.map((span) => span.text),
      })),
      devSettings,
    );
  }
}

main();
