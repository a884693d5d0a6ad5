/**
 * `npm run eval [-- --data DIR]`: precision, recall and F1 per label, and macro figures, on the
 * held-out splits (never trained on) and on the whole dev set (two thirds of which the intent and
 * sentiment models were trained on, so read those figures as a ceiling).
 */
import './register-paths';

import { INTENTS, PHI_TYPES, SENTIMENT_LABELS, URGENCIES } from '@bedside/domain';
import { triage } from '@bedside/triage';

import {
  type HospitalRow,
  loadHospitalDev,
  loadMedicalAdvice,
  loadTweetEval,
  resolveDataDir,
} from './lib/data';
import { loadChallenge } from './lib/cases';
import { formatTable, macro, scoreLabels, scoreSpans, summarise } from './lib/metrics';
import { isDevHoldout, isMedicalAdviceHoldout } from './lib/splits';

function main(): void {
  const dataDir = resolveDataDir(process.argv.slice(2));
  const verbose = process.argv.includes('--errors');

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
  reportHospital(
    'Hospital dev, held-out third (never trained or tuned on)',
    dev.filter(isDevHoldout),
    verbose,
  );
  reportHospital('Hospital dev, all 150 (two thirds were training data)', dev, false);
  reportHospital(
    'Invented blind challenge set (tools/triage/data/challenge-*.txt, never trained on)',
    loadChallenge(),
    process.argv.includes('--challenge-errors'),
  );
}

function reportHospital(title: string, rows: readonly HospitalRow[], verbose: boolean): void {
  const results = rows.map((row) => triage(row.text));
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
      }
    });
  }
}

main();
