import { decodeBase64 } from './base64';

/**
 * A linear model as stored in `src/models/*.json`: hashed sparse weights quantised to int8
 * (base64), plus a few float weights for dense features and one bias per output.
 */
export interface LinearModelFile {
  name: string;
  outputs: string[];
  /** Hash-space size is `2 ** bits`; features are looked up by their low bits. */
  bits: number;
  /** int8 weight × scale = float weight. */
  scale: number;
  /** base64 of an Int8Array laid out feature-major: `[feature * outputs.length + output]`. */
  weights: string;
  denseNames: string[];
  /** `[denseIndex * outputs.length + output]` */
  dense: number[];
  bias: number[];
}

/** A decoded model, ready for scoring. */
export interface LinearModel {
  name: string;
  outputs: readonly string[];
  mask: number;
  scale: number;
  weights: Int8Array;
  denseNames: readonly string[];
  dense: Float64Array;
  bias: Float64Array;
}

/**
 * Decodes a stored model once, at module load.
 *
 * @example decodeLinearModel(sentimentModelFile).outputs // -> ['negative', 'neutral', 'positive']
 */
export function decodeLinearModel(file: LinearModelFile): LinearModel {
  const bytes = decodeBase64(file.weights);
  const expected = 2 ** file.bits * file.outputs.length;
  if (bytes.length !== expected) {
    throw new Error(`Model ${file.name}: expected ${expected} weights, found ${bytes.length}`);
  }
  return {
    name: file.name,
    outputs: file.outputs,
    mask: 2 ** file.bits - 1,
    scale: file.scale,
    weights: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length),
    denseNames: file.denseNames,
    dense: Float64Array.from(file.dense),
    bias: Float64Array.from(file.bias),
  };
}

/**
 * Raw scores (logits) of every output. Sparse features are counted once per occurrence and the
 * sum is divided by the square root of the feature count, so long and short comments land on the
 * same scale; training uses the same normalisation (`featureNorm`).
 *
 * @example scoreLinear(model, featurize(tokenize('thank you')), [0.6]) // -> Float64Array [-1.2, 0.1, 2.3]
 */
export function scoreLinear(
  model: LinearModel,
  features: readonly number[],
  dense: readonly number[],
): Float64Array {
  const width = model.outputs.length;
  const sums = new Float64Array(width);
  // Hot path (every model, every comment): integer sums of int8 weights, three common widths
  // unrolled, one multiply by the scale at the end.
  const { weights, mask } = model;
  const count = features.length;
  if (width === 3) {
    let first = 0;
    let second = 0;
    let third = 0;
    for (let index = 0; index < count; index++) {
      const base = (features[index] & mask) * 3;
      first += weights[base];
      second += weights[base + 1];
      third += weights[base + 2];
    }
    sums[0] = first;
    sums[1] = second;
    sums[2] = third;
  } else if (width === 1) {
    let total = 0;
    for (let index = 0; index < count; index++) {
      total += weights[features[index] & mask];
    }
    sums[0] = total;
  } else {
    const totals = new Int32Array(width);
    for (let index = 0; index < count; index++) {
      const base = (features[index] & mask) * width;
      for (let output = 0; output < width; output++) {
        totals[output] += weights[base + output];
      }
    }
    sums.set(totals);
  }
  const factor = model.scale * featureNorm(count);
  for (let output = 0; output < width; output++) {
    let score = model.bias[output] + sums[output] * factor;
    for (let index = 0; index < dense.length; index++) {
      score += dense[index] * model.dense[index * width + output];
    }
    sums[output] = score;
  }
  return sums;
}

/**
 * The weight one occurrence of a sparse feature gets in a comment with `count` features.
 *
 * @example featureNorm(16) // -> 0.25
 */
export function featureNorm(count: number): number {
  return count > 0 ? 1 / Math.sqrt(count) : 0;
}

/**
 * The float weight of one hashed feature for one output (for explanations).
 *
 * @example featureWeight(model, hashString('thank', SEED), 2)
 */
export function featureWeight(model: LinearModel, feature: number, output: number): number {
  return model.weights[(feature & model.mask) * model.outputs.length + output] * model.scale;
}
