import { type LinearModel } from './linear-model';
import { isWordToken } from './tokenize';

/**
 * The words whose learned weights pushed `output` up the most, strongest first. For softmax
 * models the weight is taken relative to the mean over outputs, so words that push every class
 * alike do not count. Used for the "why" tooltip.
 *
 * @example topWords(model, context, 2, 2, true) // -> ['thank', 'amazing']
 */
export function topWords(
  model: LinearModel,
  words: { tokens: readonly string[]; wordHashes: readonly number[] },
  output: number,
  count: number,
  isRelative: boolean,
): string[] {
  // A short insertion-sorted list instead of a map and a sort: this runs for every label given.
  const best: { token: string; weight: number }[] = [];
  const { tokens, wordHashes } = words;
  const width = model.outputs.length;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (!isExplainable(token) || best.some((entry) => entry.token === token)) {
      continue;
    }
    const base = (wordHashes[index] & model.mask) * width;
    let weight = model.weights[base + output];
    if (isRelative) {
      let sum = 0;
      for (let other = 0; other < width; other++) {
        sum += model.weights[base + other];
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

/** Function words and placeholders explain nothing to a reader. */
const UNINFORMATIVE = new Set(
  `the a an and or but of for to in on at by with from is was are were be been it its this that
  my our your his her their me you we he she they i im i'm so just very de la el en y que los las
  un una por con mi es no`.split(/\s+/),
);

function isExplainable(token: string): boolean {
  if (UNINFORMATIVE.has(token)) {
    return false;
  }
  // Words of three letters or more, and emoji (which are not word tokens and not placeholders).
  return isWordToken(token) ? token.length >= 3 : token.charCodeAt(0) >= 0x2000;
}
