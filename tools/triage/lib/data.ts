import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { REPO_ROOT } from '../register-paths';

/**
 * The shared data directory: `--data DIR` when given, else `../shared/data` next to the repo.
 *
 * @example resolveDataDir(['--data', '/tmp/data']) // -> '/tmp/data'
 */
export function resolveDataDir(argv: readonly string[]): string {
  const flag = argv.indexOf('--data');
  if (flag >= 0 && argv[flag + 1]) {
    return path.resolve(argv[flag + 1]);
  }
  return path.resolve(REPO_ROOT, '..', 'shared', 'data');
}

/** Reads a JSON Lines file; blank lines are skipped. */
export function readJsonLines<T>(file: string): T[] {
  if (!existsSync(file)) {
    throw new Error(`Missing data file: ${file}`);
  }
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export interface SentimentRow {
  text: string;
  label: 'negative' | 'neutral' | 'positive';
}

export interface MedicalAdviceRow {
  text: string;
  label: boolean;
  source: string;
}

export interface HospitalRow {
  id: string;
  channel?: string;
  text: string;
  sentiment: 'negative' | 'neutral' | 'positive';
  intents: string[];
  urgency: string;
  phi: { type: string; start: number; end: number; text?: string }[];
}

export function loadTweetEval(dataDir: string, split: 'train' | 'validation'): SentimentRow[] {
  return readJsonLines<SentimentRow>(path.join(dataDir, 'sentiment', `tweeteval_${split}.jsonl`));
}

export function loadMedicalAdvice(dataDir: string): MedicalAdviceRow[] {
  return readJsonLines<MedicalAdviceRow>(path.join(dataDir, 'medical_advice', 'train.jsonl'));
}

export function loadHospitalDev(dataDir: string): HospitalRow[] {
  return readJsonLines<HospitalRow>(path.join(dataDir, 'dev', 'hospital_comments_dev.jsonl'));
}
