import type { FusedLinearModels, LinearModel } from './linear-model';
import { type Word, wordWeight } from './words';

/**
 * The words whose learned weights pushed `output` up the most, strongest first. For softmax
 * models the weight is taken relative to the mean over outputs, so words that push every class
 * alike do not count. Used for the "why" tooltip. `column` is where `model`'s outputs start in the
 * fused weights (`fused.offsets`).
 *
 * @example topWords(model, fused.offsets[1], context, 2, 2, true) // -> ['thank', 'amazing']
 */
export function topWords(
  model: LinearModel,
  column: number,
  context: { words: readonly Word[]; models: { sparse: FusedLinearModels } },
  output: number,
  count: number,
  isRelative: boolean,
): string[] {
  // A short insertion-sorted list instead of a map and a sort: this runs for every label given.
  const best: { token: string; weight: number }[] = [];
  const { words, models } = context;
  const width = model.outputs.length;
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    const token = word.token;
    if (!word.isExplainable || best.some((entry) => entry.token === token)) {
      continue;
    }
    let weight = wordWeight(word, models.sparse, column + output);
    if (isRelative) {
      let sum = 0;
      for (let other = 0; other < width; other++) {
        sum += wordWeight(word, models.sparse, column + other);
      }
      weight -= sum / width;
    }
    weight *= model.scale;
    if (weight <= MIN_WEIGHT || (best.length === count && weight <= best[count - 1].weight)) {
      continue;
    }
    let position = best.length;
    while (position > 0 && best[position - 1].weight < weight) {
      position--;
    }
    best.splice(position, 0, { token, weight });
    if (best.length > count) {
      best.pop();
    }
  }
  return best.map((entry) => entry.token);
}

/** Words whose weight is below this explain too little to show. */
const MIN_WEIGHT = 0.05;
