import { encodeBase64 } from '../../../libs/triage/src/features/base64';
import { featureNorm, type LinearModelFile } from '../../../libs/triage/src/features/linear-model';
import { createRandom, shuffleInPlace } from './random';

/** One training example. `targets[o]` is 1, 0, or -1 when output `o` is unknown for it. */
export interface TrainingExample {
  features: readonly number[];
  dense: readonly number[];
  targets: readonly number[];
  weight: number;
}

export interface TrainOptions {
  name: string;
  outputs: readonly string[];
  denseNames: readonly string[];
  bits: number;
  /** softmax: exactly one output is 1; sigmoid: each output is its own yes/no. */
  mode: 'softmax' | 'sigmoid';
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

export interface TrainedModel {
  options: TrainOptions;
  weights: Float32Array;
  dense: Float64Array;
  bias: Float64Array;
}

/**
 * Logistic regression (softmax or independent sigmoids) over hashed sparse features plus a few
 * dense ones, trained with AdaGrad and lazy L2. Examples are visited in a seeded order, so two runs
 * produce identical weights.
 */
export function trainLinear(
  examples: readonly TrainingExample[],
  options: TrainOptions,
): TrainedModel {
  const width = options.outputs.length;
  const size = 2 ** options.bits;
  const mask = size - 1;
  const weights = new Float32Array(size * width);
  const squared = new Float32Array(size * width);
  const denseCount = options.denseNames.length;
  const dense = new Float64Array(denseCount * width);
  const denseSquared = new Float64Array(denseCount * width);
  const bias = new Float64Array(width);
  const biasSquared = new Float64Array(width);
  const random = createRandom(options.seed);
  const order = examples.map((_, index) => index);
  const scores = new Float64Array(width);
  const gradients = new Float64Array(width);
  const epsilon = 1e-8;
  const l2 = options.l2;
  // Each example's sparse features as offsets into `weights`, computed once instead of per epoch.
  const offsets = examples.map((example) =>
    Int32Array.from(example.features, (feature) => (feature & mask) * width),
  );
  const singles = examples.map((example) => singleKnownOutput(example.targets));
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffleInPlace(order, random);
    const rate = options.learningRate / (1 + epoch * 0.5);
    for (const exampleIndex of order) {
      const example = examples[exampleIndex];
      const bases = offsets[exampleIndex];
      const count = bases.length;
      const norm = featureNorm(count);
      scores.set(bias);
      const single = singles[exampleIndex];
      if (single >= 0) {
        // Only one output is known: scoring the others would be wasted (their gradient is 0).
        let sum = 0;
        for (let index = 0; index < count; index++) {
          sum += weights[bases[index] + single];
        }
        scores[single] += sum * norm;
      } else {
        for (let index = 0; index < count; index++) {
          const base = bases[index];
          for (let output = 0; output < width; output++) {
            scores[output] += weights[base + output] * norm;
          }
        }
      }
      for (let index = 0; index < denseCount; index++) {
        const value = example.dense[index];
        for (let output = 0; output < width; output++) {
          scores[output] += value * dense[index * width + output];
        }
      }
      computeGradients(options.mode, scores, example, gradients);
      // An output whose label is unknown for this example (-1) is left alone, L2 included: the
      // medical-advice lines only know one intent, and most of the cost is theirs.
      const { targets } = example;
      const first = single >= 0 ? single : 0;
      const last = single >= 0 ? single + 1 : width;
      for (let output = first; output < last; output++) {
        if (targets[output] < 0) {
          continue;
        }
        const dataGradient = gradients[output] * norm;
        for (let index = 0; index < count; index++) {
          const slot = bases[index] + output;
          const gradient = dataGradient + l2 * weights[slot];
          if (gradient === 0) {
            continue;
          }
          squared[slot] += gradient * gradient;
          weights[slot] -= (rate * gradient) / Math.sqrt(squared[slot] + epsilon);
        }
      }
      for (let index = 0; index < denseCount; index++) {
        const value = example.dense[index];
        for (let output = 0; output < width; output++) {
          const slot = index * width + output;
          const gradient = gradients[output] * value;
          if (gradient === 0) {
            continue;
          }
          denseSquared[slot] += gradient * gradient;
          dense[slot] -= (rate * gradient) / Math.sqrt(denseSquared[slot] + epsilon);
        }
      }
      for (let output = 0; output < width; output++) {
        const gradient = gradients[output];
        biasSquared[output] += gradient * gradient;
        bias[output] -= (rate * gradient) / Math.sqrt(biasSquared[output] + epsilon);
      }
    }
  }
  return { options, weights, dense, bias };
}

/** The index of the only output with a known target, or -1 when more (or none) are known. */
function singleKnownOutput(targets: readonly number[]): number {
  if (targets.length < 2) {
    return -1;
  }
  let found = -1;
  for (let output = 0; output < targets.length; output++) {
    if (targets[output] >= 0) {
      if (found >= 0) {
        return -1;
      }
      found = output;
    }
  }
  return found;
}

function computeGradients(
  mode: TrainOptions['mode'],
  scores: Float64Array,
  example: TrainingExample,
  gradients: Float64Array,
): void {
  const width = scores.length;
  if (mode === 'softmax') {
    let max = -Infinity;
    for (let output = 0; output < width; output++) {
      max = Math.max(max, scores[output]);
    }
    let total = 0;
    for (let output = 0; output < width; output++) {
      gradients[output] = Math.exp(scores[output] - max);
      total += gradients[output];
    }
    for (let output = 0; output < width; output++) {
      gradients[output] = (gradients[output] / total - example.targets[output]) * example.weight;
    }
    return;
  }
  for (let output = 0; output < width; output++) {
    const target = example.targets[output];
    if (target < 0) {
      gradients[output] = 0;
      continue;
    }
    const probability = 1 / (1 + Math.exp(-scores[output]));
    gradients[output] = (probability - target) * example.weight;
  }
}

/**
 * Quantises the sparse weights to int8 for the committed model file. The scale clips the most
 * extreme 0.001% of weights so that one outlier does not flatten everything else to zero.
 */
export function toModelFile(
  model: TrainedModel,
  biasShift: readonly number[] = [],
): LinearModelFile {
  const magnitudes = Float32Array.from(model.weights, Math.abs).sort();
  const clip = magnitudes[Math.floor(magnitudes.length * 0.99999)] || 1;
  const scale = clip / 127;
  const quantised = new Int8Array(model.weights.length);
  for (let index = 0; index < model.weights.length; index++) {
    quantised[index] = Math.max(-127, Math.min(127, Math.round(model.weights[index] / scale)));
  }
  return {
    name: model.options.name,
    outputs: [...model.options.outputs],
    bits: model.options.bits,
    scale: round(scale, 9),
    weights: encodeBase64(new Uint8Array(quantised.buffer)),
    denseNames: [...model.options.denseNames],
    dense: Array.from(model.dense, (value) => round(value, 5)),
    bias: Array.from(model.bias, (value, index) => round(value + (biasShift[index] ?? 0), 5)),
  };
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
