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
  return finishLinear(model, sums, 0, count, dense);
}

/**
 * Logits from integer sums of sparse weights: `sums[offset + output]` holds the sum for `output`
 * over `count` features. `scoreLinear` and the fused path share it, so both give identical floats.
 * The logits are written to `into` when given (a caller that reads them at once can reuse one).
 *
 * @example finishLinear(model, fusedSums, 9, features.length, dense) // -> Float64Array of logits
 */
export function finishLinear(
  model: LinearModel,
  sums: ArrayLike<number>,
  offset: number,
  count: number,
  dense: readonly number[],
  into?: Float64Array,
): Float64Array {
  const width = model.outputs.length;
  const logits = into !== undefined && into.length === width ? into : new Float64Array(width);
  const factor = model.scale * featureNorm(count);
  for (let output = 0; output < width; output++) {
    let score = model.bias[output] + sums[offset + output] * factor;
    for (let index = 0; index < dense.length; index++) {
      score += dense[index] * model.dense[index * width + output];
    }
    logits[output] = score;
  }
  return logits;
}

/**
 * The sparse weights of several models interleaved in one table: row `r` holds every output of
 * every model for hashed feature `r`, so a comment's features are looked up once for all models
 * instead of once per model (one cache line per feature rather than four). A model with fewer
 * hash bits repeats its rows; `feature & mask` of the widest model picks the same weights.
 */
export interface FusedLinearModels {
  mask: number;
  /** Outputs per row, all models together, padded with zero columns to a multiple of 4. */
  width: number;
  weights: Int8Array;
  /** Column of each model's first output, in the order the models were given. */
  offsets: readonly number[];
}

/**
 * Interleaves the sparse weights of models for `sumFused` (done once, when models load).
 *
 * @example fuseLinearModels([intents, words]).offsets // -> [0, 9]
 */
export function fuseLinearModels(models: readonly LinearModel[]): FusedLinearModels {
  const mask = Math.max(...models.map((model) => model.mask));
  const offsets: number[] = [];
  let outputs = 0;
  for (const model of models) {
    offsets.push(outputs);
    outputs += model.outputs.length;
  }
  const width = Math.ceil(outputs / 4) * 4;
  const weights = new Int8Array((mask + 1) * width);
  models.forEach((model, index) => {
    const modelWidth = model.outputs.length;
    for (let row = 0; row <= mask; row++) {
      const from = (row & model.mask) * modelWidth;
      weights.set(model.weights.subarray(from, from + modelWidth), row * width + offsets[index]);
    }
  });
  return { mask, width, weights, offsets };
}

/**
 * Integer sums of every fused model's sparse weights over one comment's features; read them back
 * with `finishLinear(model, sums, offset, features.length, dense)`.
 *
 * @example sumFused(fused, featurize(tokenize('thank you'))) // -> Int32Array of `fused.width` sums
 */
export function sumFused(fused: FusedLinearModels, features: readonly number[]): Int32Array {
  const { weights, mask, width } = fused;
  const totals = new Int32Array(width);
  const count = features.length;
  // Four outputs per pass in local variables: several times faster than accumulating into the
  // typed array, and a comment's rows stay in the L1 cache between passes.
  for (let output = 0; output < width; output += 4) {
    let first = 0;
    let second = 0;
    let third = 0;
    let fourth = 0;
    for (let index = 0; index < count; index++) {
      const base = (features[index] & mask) * width + output;
      first += weights[base];
      second += weights[base + 1];
      third += weights[base + 2];
      fourth += weights[base + 3];
    }
    totals[output] = first;
    totals[output + 1] = second;
    totals[output + 2] = third;
    totals[output + 3] = fourth;
  }
  return totals;
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
