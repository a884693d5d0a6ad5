/**
 * Regression floors on the shared data set (`../shared/data` beside the repository). The floors
 * sit a little below what the committed models achieve, so a worse model or a broken rule fails
 * here. End users' machines lack the data; there the suite is skipped with a printed reason.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { INTENTS, PHI_TYPES, SENTIMENT_LABELS } from '@bedside/domain';

import { triage } from './triage';
import type { TriageResult } from './triage.types';

// Specs run from the workspace root (nx, npm test); the data sits beside the repository.
const DATA_DIR = path.resolve(process.cwd(), '..', 'shared', 'data');
const hasData = existsSync(path.join(DATA_DIR, 'dev', 'hospital_comments_dev.jsonl'));

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function f1({ tp, fp, fn }: Counts): number {
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}
function recall({ tp, fn }: Counts): number {
  return tp + fn === 0 ? 1 : tp / (tp + fn);
}
function precision({ tp, fp }: Counts): number {
  return tp + fp === 0 ? 1 : tp / (tp + fp);
}

function count(pairs: readonly [boolean, boolean][]): Counts {
  const counts = { tp: 0, fp: 0, fn: 0 };
  for (const [expected, predicted] of pairs) {
    if (expected && predicted) counts.tp++;
    else if (predicted) counts.fp++;
    else if (expected) counts.fn++;
  }
  return counts;
}

function readLines<T>(file: string): T[] {
  return readFileSync(path.join(DATA_DIR, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

/** Must match `splitBucket` in tools/triage/lib/random.ts: it picks the held-out slices. */
function splitBucket(key: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d);
  hash ^= hash >>> 12;
  return (hash >>> 0) % buckets;
}

interface HospitalRow {
  id: string;
  text: string;
  sentiment: string;
  intents: string[];
  urgency: string;
  phi: { type: string; start: number; end: number }[];
}

function sentimentMacroF1(truth: readonly string[], predicted: readonly string[]): number {
  return (
    SENTIMENT_LABELS.reduce(
      (sum, label) =>
        sum + f1(count(truth.map((value, index) => [value === label, predicted[index] === label]))),
      0,
    ) / SENTIMENT_LABELS.length
  );
}

const describeWithData = hasData ? describe : describe.skip;
if (!hasData) {
  console.warn(`Skipping triage evaluation floors: no data at ${DATA_DIR}`);
}

describeWithData('evaluation floors', () => {
  describe('TweetEval validation (never trained on)', () => {
    it('keeps macro-averaged sentiment recall at or above 0.69', () => {
      const rows = readLines<{ text: string; label: string }>(
        'sentiment/tweeteval_validation.jsonl',
      );
      const predicted = rows.map((row) => triage(row.text).sentiment.label);
      const macroRecall =
        SENTIMENT_LABELS.reduce(
          (sum, label) =>
            sum +
            recall(
              count(rows.map((row, index) => [row.label === label, predicted[index] === label])),
            ),
          0,
        ) / SENTIMENT_LABELS.length;
      expect(macroRecall).toBeGreaterThanOrEqual(0.69);
    });
  });

  describe('medical-advice held-out slice (never trained on)', () => {
    it('keeps medical_advice_request F1 at or above 0.92', () => {
      const rows = readLines<{ text: string; label: boolean }>('medical_advice/train.jsonl').filter(
        (row) => splitBucket(row.text, 100) < 15,
      );
      const counts = count(
        rows.map((row) => [
          row.label,
          triage(row.text).intents.some((intent) => intent.label === 'medical_advice_request'),
        ]),
      );
      expect(f1(counts)).toBeGreaterThanOrEqual(0.92);
    });
  });

  describe('hospital dev set', () => {
    const rows = hasData ? readLines<HospitalRow>('dev/hospital_comments_dev.jsonl') : [];
    const results: TriageResult[] = rows.map((row) => triage(row.text));
    const has = (result: TriageResult, label: string): boolean =>
      result.intents.some((intent) => intent.label === label);
    const intentCounts = (label: string, indexes: readonly number[]): Counts =>
      count(
        indexes.map((index) => [rows[index].intents.includes(label), has(results[index], label)]),
      );
    const all = rows.map((_, index) => index);
    const heldOut = all.filter((index) => splitBucket(rows[index].id, 3) === 0);

    it('never misses an emergency or a self-harm comment, with precision at or above 0.8', () => {
      for (const label of ['emergency', 'self_harm']) {
        const counts = intentCounts(label, all);
        expect({ label, recall: recall(counts) }).toEqual({ label, recall: 1 });
        expect(precision(counts)).toBeGreaterThanOrEqual(0.8);
      }
    });

    it.each<[string, number]>([
      ['medical_advice_request', 0.95],
      ['complaint', 0.94],
      ['praise', 0.97],
      ['service_question', 0.95],
      ['misinformation', 0.95],
      ['spam', 0.95],
      ['abuse', 0.9],
    ])('keeps %s F1 at or above %d on all 150', (label, floor) => {
      expect(f1(intentCounts(label, all))).toBeGreaterThanOrEqual(floor);
    });

    it.each<[string, number]>([
      ['medical_advice_request', 0.87],
      ['complaint', 0.85],
      ['praise', 0.93],
      ['service_question', 0.85],
    ])('keeps %s F1 at or above %d on the held-out third', (label, floor) => {
      expect(f1(intentCounts(label, heldOut))).toBeGreaterThanOrEqual(floor);
    });

    it('keeps intent macro F1 at or above 0.92 on the held-out third', () => {
      const macro =
        INTENTS.reduce((sum, label) => {
          const counts = intentCounts(label, heldOut);
          return sum + (counts.tp + counts.fn === 0 && counts.fp === 0 ? 1 : f1(counts));
        }, 0) / INTENTS.length;
      expect(macro).toBeGreaterThanOrEqual(0.92);
    });

    it('keeps sentiment macro F1 at or above 0.92 on all 150 and 0.84 on the held-out third', () => {
      const truth = rows.map((row) => row.sentiment);
      const predicted = results.map((result) => result.sentiment.label);
      expect(sentimentMacroF1(truth, predicted)).toBeGreaterThanOrEqual(0.92);
      expect(
        sentimentMacroF1(
          heldOut.map((index) => truth[index]),
          heldOut.map((index) => predicted[index]),
        ),
      ).toBeGreaterThanOrEqual(0.84);
    });

    it('keeps urgency accuracy at or above 0.95, with critical exactly right', () => {
      const correct = rows.filter((row, index) => row.urgency === results[index].urgency).length;
      expect(correct / rows.length).toBeGreaterThanOrEqual(0.95);
      const critical = count(
        rows.map((row, index) => [
          row.urgency === 'critical',
          results[index].urgency === 'critical',
        ]),
      );
      expect(recall(critical)).toBe(1);
    });

    it('keeps PHI span recall at or above 0.98 and precision at or above 0.95 (exact spans)', () => {
      const key = (span: { type: string; start: number; end: number }): string =>
        `${span.type}:${span.start}:${span.end}`;
      let tp = 0;
      let fp = 0;
      let fn = 0;
      rows.forEach((row, index) => {
        const expected = new Set(row.phi.map(key));
        const predicted = new Set(results[index].phi.map(key));
        for (const span of predicted) {
          if (expected.has(span)) tp++;
          else fp++;
        }
        for (const span of expected) {
          if (!predicted.has(span)) fn++;
        }
      });
      expect(recall({ tp, fp, fn })).toBeGreaterThanOrEqual(0.98);
      expect(precision({ tp, fp, fn })).toBeGreaterThanOrEqual(0.95);
      for (const span of results.flatMap((result) => result.phi)) {
        expect(PHI_TYPES).toContain(span.type);
      }
    });
  });
});
