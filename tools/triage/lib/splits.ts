import type { HospitalRow, MedicalAdviceRow, SentimentRow } from './data';
import { splitBucket } from './random';

/**
 * The held-out splits. Every split is a pure function of the text or id, so train and eval agree
 * without sharing state, and adding data never moves an old line to the other side.
 */

/** One in three dev comments is never trained or tuned on; `npm run eval` reports it apart. */
export function isDevHoldout(row: HospitalRow): boolean {
  return splitBucket(row.id, 3) === 0;
}

/** 15% of the medical-advice set, held out for its F1. */
export function isMedicalAdviceHoldout(row: MedicalAdviceRow): boolean {
  return splitBucket(row.text, 100) < 15;
}

/**
 * 10% of TweetEval train that the word-level sentiment model never sees: the combiner is trained
 * and the class biases tuned on it (TweetEval validation stays untouched).
 */
export function isSentimentCombinerSlice(row: SentimentRow): boolean {
  return splitBucket(row.text, 100) < 10;
}

/** Folds of `npm run eval -- --cv` over the whole dev set. */
export const CV_FOLDS = 5;

/**
 * The cross-validation fold (0..4) of a dev comment: stable, and independent of the held-out third.
 *
 * @example crossValidationFold({ id: 'd001', ... }) // -> 0..4
 */
export function crossValidationFold(row: HospitalRow): number {
  return splitBucket(`cv|${row.id}`, CV_FOLDS);
}

/**
 * Weight of a hospital comment when the intent thresholds are tuned: real comments (the
 * hand-labelled dev set, the team's corrections) count three times, the invented cases in
 * `tools/triage/data/cases-*.txt` once. Chosen by 5-fold cross-validation over the dev set
 * (`npm run eval -- --cv`).
 *
 * @example tuningWeight({ id: 'd014', ... }) // -> 3
 */
export function tuningWeight(row: HospitalRow): number {
  return row.id.startsWith(CASE_ID_PREFIX) ? 1 : 3;
}

/** `loadCases` names each case `<file>:<line>`, and every case file starts with this. */
const CASE_ID_PREFIX = 'cases-';
