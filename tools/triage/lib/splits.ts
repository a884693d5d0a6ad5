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
