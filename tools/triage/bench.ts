/**
 * `npx tsx tools/triage/bench.ts`: throughput of `triage()` on a few thousand realistic comments,
 * beside the `vader-sentiment` package (word-list sentiment only) on the same texts, one core.
 */
import './register-paths';

import { triage } from '@bedside/triage';
import vader from 'vader-sentiment';

import { loadCases } from './lib/cases';

export interface TriageBenchResult {
  triagePerSecond: number;
  vaderPerSecond: number;
  texts: number;
}

/** Comments repeated until the set is this large, with small variations so no two are equal. */
const TARGET_TEXTS = 4000;
const MIN_MILLISECONDS = 1500;
const WARM_UP_MILLISECONDS = 1500;

/**
 * Measures comments per second for `triage()` and for VADER on the invented hospital comments
 * (about 1,340 distinct texts, varied to 4,000). Each is warmed up for 1.5 seconds first, then
 * timed over whole passes for at least 1.5 seconds.
 *
 * @example const { triagePerSecond } = await runTriageBench(); // -> about 30000
 */
export function runTriageBench(): Promise<TriageBenchResult> {
  const texts = buildTexts();
  const triagePerSecond = measure(texts, (text) => triage(text));
  const vaderPerSecond = measure(texts, (text) =>
    vader.SentimentIntensityAnalyzer.polarity_scores(text),
  );
  return Promise.resolve({ triagePerSecond, vaderPerSecond, texts: texts.length });
}

function buildTexts(): string[] {
  const base = loadCases().map((row) => row.text);
  const suffixes = ['', ' 🙏', ' !!', ' #lakeside', ' @user', ' thanks', ' ??', ' smh'];
  const texts: string[] = [];
  for (let index = 0; texts.length < TARGET_TEXTS; index++) {
    texts.push(
      base[index % base.length] + suffixes[Math.floor(index / base.length) % suffixes.length],
    );
  }
  return texts;
}

function measure(texts: readonly string[], run: (text: string) => unknown): number {
  let sink = 0;
  // Warm up on the clock, not on a count: on a busy two-core machine V8 needs a second or more
  // to finish optimising a large pipeline, and timing before that measures the compiler.
  const warmUntil = performance.now() + WARM_UP_MILLISECONDS;
  do {
    for (const text of texts) {
      sink += run(text) ? 1 : 0;
    }
  } while (performance.now() < warmUntil);
  let processed = 0;
  const started = performance.now();
  let elapsed = 0;
  while (elapsed < MIN_MILLISECONDS) {
    for (const text of texts) {
      sink += run(text) ? 1 : 0;
    }
    processed += texts.length;
    elapsed = performance.now() - started;
  }
  if (sink < 0) {
    console.log(sink);
  }
  return Math.round((processed / elapsed) * 1000);
}

if (require.main === module) {
  runTriageBench()
    .then((result) => {
      console.log(JSON.stringify(result));
      console.log(
        `triage: ${result.triagePerSecond.toLocaleString('en-US')} comments/s; ` +
          `vader-sentiment: ${result.vaderPerSecond.toLocaleString('en-US')} comments/s ` +
          `(${result.texts} texts, one core)`,
      );
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
