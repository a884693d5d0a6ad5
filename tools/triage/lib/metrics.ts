/** Precision, recall and F1 of one label. */
export interface LabelScores {
  label: string;
  support: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Per-label scores for multi-label data: `truth[i]` and `predicted[i]` are the label sets of item i.
 *
 * @example scoreLabels([['a']], [['a','b']], ['a','b']) // -> a: P=1 R=1; b: P=0 R=0 (support 0)
 */
export function scoreLabels(
  truth: readonly (readonly string[])[],
  predicted: readonly (readonly string[])[],
  labels: readonly string[],
): LabelScores[] {
  return labels.map((label) => {
    let truePositives = 0;
    let falsePositives = 0;
    let falseNegatives = 0;
    truth.forEach((expected, index) => {
      const isExpected = expected.includes(label);
      const isPredicted = predicted[index].includes(label);
      if (isExpected && isPredicted) truePositives++;
      else if (isPredicted) falsePositives++;
      else if (isExpected) falseNegatives++;
    });
    return summarise(label, truePositives, falsePositives, falseNegatives);
  });
}

export function summarise(
  label: string,
  truePositives: number,
  falsePositives: number,
  falseNegatives: number,
): LabelScores {
  const precision =
    truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall =
    truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { label, support: truePositives + falseNegatives, precision, recall, f1 };
}

export function macro(scores: readonly LabelScores[], key: 'precision' | 'recall' | 'f1'): number {
  return scores.reduce((sum, score) => sum + score[key], 0) / Math.max(1, scores.length);
}

export interface Span {
  type: string;
  start: number;
  end: number;
}

/** Exact-match span scores (type, start and end must all agree), overall and per type. */
export function scoreSpans(
  truth: readonly (readonly Span[])[],
  predicted: readonly (readonly Span[])[],
  types: readonly string[],
): { overall: LabelScores; byType: LabelScores[] } {
  const key = (span: Span): string => `${span.type}:${span.start}:${span.end}`;
  const counts = new Map<string, [number, number, number]>(types.map((type) => [type, [0, 0, 0]]));
  truth.forEach((expected, index) => {
    const expectedKeys = new Set(expected.map(key));
    const predictedKeys = new Set(predicted[index].map(key));
    for (const span of predicted[index]) {
      const count = counts.get(span.type);
      if (count) count[expectedKeys.has(key(span)) ? 0 : 1]++;
    }
    for (const span of expected) {
      const count = counts.get(span.type);
      if (count && !predictedKeys.has(key(span))) count[2]++;
    }
  });
  let all: [number, number, number] = [0, 0, 0];
  const byType = types.map((type) => {
    const [tp, fp, fn] = counts.get(type) ?? [0, 0, 0];
    all = [all[0] + tp, all[1] + fp, all[2] + fn];
    return summarise(type, tp, fp, fn);
  });
  return { overall: summarise('all spans', ...all), byType };
}

export function formatTable(title: string, rows: readonly LabelScores[]): string {
  const lines = [`  ${title}`, `    ${'label'.padEnd(24)} ${'n'.padStart(5)}  prec   rec    F1`];
  for (const row of rows) {
    lines.push(
      `    ${row.label.padEnd(24)} ${String(row.support).padStart(5)}  ${fixed(row.precision)}  ${fixed(row.recall)}  ${fixed(row.f1)}`,
    );
  }
  return lines.join('\n');
}

function fixed(value: number): string {
  return value.toFixed(3);
}
