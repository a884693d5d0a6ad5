/**
 * `npm run train [-- --data DIR]`: trains the intent and sentiment models from the shared data
 * (default `../shared/data`) and the invented cases in `tools/triage/data`, and writes them to
 * `libs/triage/src/models/`. Deterministic: the same data gives byte-identical files.
 *
 * Held out and never trained on: TweetEval validation, a 10% slice of TweetEval train (tunes the
 * class biases), 15% of the medical-advice set, and one in three dev comments (`lib/splits.ts`).
 */
import './register-paths';

import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import prettier from 'prettier';

import { loadCases, loadCorrections } from './lib/cases';
import { loadHospitalDev, resolveDataDir } from './lib/data';
import { isDevHoldout, tuningWeight } from './lib/splits';
import { trainModels } from './lib/train-models';
import { REPO_ROOT } from './register-paths';

const MODELS_DIR = path.join(REPO_ROOT, 'libs', 'triage', 'src', 'models');

async function main(): Promise<void> {
  const started = Date.now();
  const dataDir = resolveDataDir(process.argv.slice(2));
  const corrections = loadCorrections();
  if (corrections.length > 0) {
    console.log(`Learning from ${corrections.length} comments the team corrected in Bedside.`);
  }
  const hospitalRows = [
    ...loadCases(),
    ...corrections,
    ...loadHospitalDev(dataDir).filter((row) => !isDevHoldout(row)),
  ];
  const models = trainModels({ dataDir, hospitalRows, tuningWeightOf: tuningWeight, log });
  await writeJson('sentiment-lexicon.json', models.lexicon);
  await writeJson('intent-model.json', models.intent);
  await writeJson('sentiment-model.json', models.sentiment);
  log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

async function writeJson(file: string, value: unknown): Promise<void> {
  const target = path.join(MODELS_DIR, file);
  // Formatted like every other file, so `prettier --check` stays clean after a retrain.
  const options = (await prettier.resolveConfig(target)) ?? {};
  writeFileSync(
    target,
    await prettier.format(JSON.stringify(value), { ...options, parser: 'json' }),
  );
  log(`wrote libs/triage/src/models/${file} (${(statSync(target).size / 1024).toFixed(0)} KB)`);
}

function log(message: string): void {
  console.log(`[train] ${message}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
