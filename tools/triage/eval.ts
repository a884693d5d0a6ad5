/**
 * `npm run eval [-- --data DIR] [--errors] [--challenge-errors]`: precision, recall and F1 per
 * label, and macro figures, on the held-out splits (never trained on) and on the whole dev set
 * (two thirds of which the intent and sentiment models were trained on, so read those figures as
 * a ceiling).
 *
 * `npm run eval -- --cv [--errors]`: 5-fold cross-validation over all 150 dev comments instead.
 * For each fold every model is trained in memory on the other four folds plus the cases,
 * corrections and shared data (exactly as `npm run train` does), and only that fold is scored;
 * the figures pool the five out-of-fold predictions. Far less noisy than the 44-comment third.
 */
import './register-paths';

import { INTENTS, PHI_TYPES, SENTIMENT_LABELS, URGENCIES } from '@bedside/domain';
import {
  buildContext,
  createModels,
  getModels,
  runPhases,
  triage,
  TRIAGE_PHASES,
  type TriageModels,
  type TriageResult,
} from '@bedside/triage';

import { loadCases, loadChallenge, loadCorrections } from './lib/cases';
import {
  type HospitalRow,
  loadHospitalDev,
  loadMedicalAdvice,
  loadTweetEval,
  resolveDataDir,
} from './lib/data';
import { formatTable, macro, scoreLabels, scoreSpans, summarise } from './lib/metrics';
import {
  crossValidationFold,
  CV_FOLDS,
  isDevHoldout,
  isMedicalAdviceHoldout,
  tuningWeight,
} from './lib/splits';
import { type TrainCache, trainModels } from './lib/train-models';

function main(): void {
  const dataDir = resolveDataDir(process.argv.slice(2));
  const verbose = process.argv.includes('--errors');
  if (process.argv.includes('--cv')) {
    crossValidate(dataDir, verbose);
    return;
  }

  const validation = loadTweetEval(dataDir, 'validation');
  const sentimentScores = scoreLabels(
    validation.map((row) => [row.label]),
    validation.map((row) => [triage(row.text).sentiment.label]),
    SENTIMENT_LABELS,
  );
  console.log(`\nTweetEval validation (${validation.length} tweets, never trained on)`);
  console.log(formatTable('sentiment', sentimentScores));
  console.log(
    `    macro recall ${macro(sentimentScores, 'recall').toFixed(4)}   macro F1 ${macro(sentimentScores, 'f1').toFixed(4)}`,
  );

  const medical = loadMedicalAdvice(dataDir).filter(isMedicalAdviceHoldout);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const row of medical) {
    const predicted = triage(row.text).intents.some(
      (intent) => intent.label === 'medical_advice_request',
    );
    if (predicted && row.label) tp++;
    else if (predicted) fp++;
    else if (row.label) fn++;
  }
  console.log(`\nMedical-advice held-out slice (${medical.length} lines, 15%, never trained on)`);
  console.log(
    formatTable('medical_advice_request', [summarise('medical_advice_request', tp, fp, fn)]),
  );

  const dev = loadHospitalDev(dataDir);
  reportHospital({
    title: 'Hospital dev, held-out third (never trained or tuned on)',
    rows: dev.filter(isDevHoldout),
    verbose,
  });
  reportHospital({
    title: 'Hospital dev, all 150 (two thirds were training data)',
    rows: dev,
    verbose: false,
  });
  reportHospital({
    title: 'Invented blind challenge set (tools/triage/data/challenge-*.txt, never trained on)',
    rows: loadChallenge(),
    verbose: process.argv.includes('--challenge-errors'),
  });
}

/**
 * Trains on four folds of the dev set (plus everything else `npm run train` reads), scores the
 * fifth, five times over; reports the pooled out-of-fold predictions and the spread per fold.
 */
function crossValidate(dataDir: string, verbose: boolean): void {
  const started = Date.now();
  const dev = loadHospitalDev(dataDir);
  const others = [...loadCases(), ...loadCorrections()];
  const fold = dev.map(crossValidationFold);
  const results: TriageResult[] = [];
  const modelsOfRow: TriageModels[] = [];
  const cache: TrainCache = {};
  const perFold: { sentiment: number; advice: number; intents: number }[] = [];
  for (let k = 0; k < CV_FOLDS; k++) {
    const files = trainModels({
      dataDir,
      hospitalRows: [...others, ...dev.filter((_, index) => fold[index] !== k)],
      tuningWeightOf: tuningWeight,
      cache,
    });
    const models = createModels({
      intent: files.intent,
      sentiment: files.sentiment,
      lexiconEntries: files.lexicon.entries,
    });
    const scored = dev
      .map((row, index) => ({ row, index }))
      .filter(({ index }) => fold[index] === k);
    for (const { row, index } of scored) {
      results[index] = triage(row.text, { models });
      modelsOfRow[index] = models;
    }
    const rows = scored.map(({ row }) => row);
    const summary = summariseHospital(
      rows,
      scored.map(({ index }) => results[index]),
    );
    perFold.push(summary);
    console.log(
      `fold ${k + 1}/${CV_FOLDS}: ${rows.length} comments, sentiment macro F1 ${summary.sentiment.toFixed(3)}, ` +
        `medical_advice_request F1 ${summary.advice.toFixed(3)}, intent macro F1 ${summary.intents.toFixed(3)} ` +
        `(${((Date.now() - started) / 1000).toFixed(0)} s)`,
    );
  }
  reportHospital({
    title: `Hospital dev, ${CV_FOLDS}-fold cross-validation (each comment scored by models that never saw it)`,
    rows: dev,
    verbose,
    modelsOf: (index) => modelsOfRow[index],
  });
  for (const key of ['sentiment', 'advice', 'intents'] as const) {
    const values = perFold.map((entry) => entry[key]);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    const spread = Math.sqrt(
      values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (values.length - 1),
    );
    console.log(
      `  per fold ${key.padEnd(9)}: mean ${mean.toFixed(3)} ± ${spread.toFixed(3)} (sd)  [${values.map((value) => value.toFixed(3)).join(', ')}]`,
    );
  }
}

/** Sentiment macro F1, medical_advice_request F1 and intent macro F1 of one set of predictions. */
function summariseHospital(
  rows: readonly HospitalRow[],
  results: readonly TriageResult[],
): { sentiment: number; advice: number; intents: number } {
  const sentiment = scoreLabels(
    rows.map((row) => [row.sentiment]),
    results.map((result) => [result.sentiment.label]),
    SENTIMENT_LABELS,
  );
  const intents = scoreLabels(
    rows.map((row) => row.intents),
    results.map((result) => result.intents.map((intent) => intent.label)),
    INTENTS,
  );
  return {
    sentiment: macro(sentiment, 'f1'),
    advice: intents.find((score) => score.label === 'medical_advice_request')?.f1 ?? 0,
    intents: macro(intents, 'f1'),
  };
}

interface HospitalReport {
  title: string;
  rows: readonly HospitalRow[];
  /** Print every comment with a wrong label, with the intent scores behind it. */
  verbose: boolean;
  /** The models each row was scored with (cross-validation); the committed ones by default. */
  modelsOf?: (index: number) => TriageModels;
}

function reportHospital({
  title,
  rows,
  verbose,
  modelsOf = () => getModels(),
}: HospitalReport): void {
  const results = rows.map((row, index) => triage(row.text, { models: modelsOf(index) }));
  console.log(`\n${title}: ${rows.length} comments`);
  const sentiment = scoreLabels(
    rows.map((row) => [row.sentiment]),
    results.map((result) => [result.sentiment.label]),
    SENTIMENT_LABELS,
  );
  console.log(formatTable('sentiment', sentiment));
  console.log(
    `    macro F1 ${macro(sentiment, 'f1').toFixed(4)}   macro recall ${macro(sentiment, 'recall').toFixed(4)}`,
  );
  const intents = scoreLabels(
    rows.map((row) => row.intents),
    results.map((result) => result.intents.map((intent) => intent.label)),
    INTENTS,
  );
  console.log(formatTable('intents', intents));
  console.log(`    macro F1 ${macro(intents, 'f1').toFixed(4)}`);
  const urgency = scoreLabels(
    rows.map((row) => [row.urgency]),
    results.map((result) => [result.urgency]),
    URGENCIES,
  );
  console.log(formatTable('urgency', urgency));
  const correct = rows.filter((row, index) => row.urgency === results[index].urgency).length;
  console.log(
    `    accuracy ${(correct / rows.length).toFixed(4)}   macro F1 ${macro(urgency, 'f1').toFixed(4)}`,
  );
  const spans = scoreSpans(
    rows.map((row) => row.phi),
    results.map((result) => result.phi),
    PHI_TYPES,
  );
  console.log(
    formatTable('PHI spans (exact type, start and end)', [...spans.byType, spans.overall]),
  );
  if (verbose) {
    rows.forEach((row, index) => {
      const result = results[index];
      const got = result.intents
        .map((intent) => intent.label)
        .sort()
        .join(',');
      const want = [...row.intents].sort().join(',');
      const gotPhi = result.phi
        .map((span) => `${span.type}:${row.text.slice(span.start, span.end)}`)
        .join(';');
      const wantPhi = row.phi
        .map((span) => `${span.type}:${row.text.slice(span.start, span.end)}`)
        .join(';');
      if (
        got !== want ||
        row.sentiment !== result.sentiment.label ||
        row.urgency !== result.urgency ||
        gotPhi !== wantPhi
      ) {
        console.log(`  ${row.id} ${row.text.slice(0, 90)}`);
        console.log(`     want ${row.sentiment} [${want}] ${row.urgency} {${wantPhi}}`);
        console.log(`     got  ${result.sentiment.label} [${got}] ${result.urgency} {${gotPhi}}`);
        console.log(`     why  ${explainScores(row, result, modelsOf(index))}`);
      }
    });
  }
}

/** The intent scores (and thresholds) of the intents that were wrong, and the sentiment reasons. */
function explainScores(row: HospitalRow, result: TriageResult, models: TriageModels): string {
  const scores = runPhases(buildContext(row.text, undefined, models), TRIAGE_PHASES).intentScores;
  const given = result.intents.map((intent) => intent.label as string);
  const wrong = INTENTS.filter((intent) => row.intents.includes(intent) !== given.includes(intent));
  const parts = wrong.map(
    (intent) =>
      `${intent} ${(scores?.[intent] ?? 0).toFixed(2)}/${models.intentThresholds[INTENTS.indexOf(intent)].toFixed(2)}`,
  );
  if (row.sentiment !== result.sentiment.label) {
    parts.push(`sentiment: ${(result.reasons.sentiment ?? []).join('; ')}`);
  }
  return parts.join(' | ');
}

main();
