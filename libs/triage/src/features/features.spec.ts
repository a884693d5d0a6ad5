import { decodeBase64, encodeBase64 } from './base64';
import { featurize, hashWord, hashWords, isNegator, sumWordFeatures } from './featurize';
import { combineHashes, hashString } from './hash';
import {
  decodeLinearModel,
  finishLinear,
  fuseLinearModels,
  scoreLinear,
  sumFused,
} from './linear-model';
import {
  BOUNDARY_TOKEN,
  DOMAIN_TOKEN,
  EMAIL_TOKEN,
  NUMBER_TOKEN,
  tokenize,
  URL_TOKEN,
  USER_TOKEN,
} from './tokenize';
import { Word, wordOf, wordWeight } from './words';

describe('tokenize', () => {
  it.each<[string, string[]]>([
    ['soooo grateful 🙏 @lakeside!!', ['soo', 'grateful', '🙏', USER_TOKEN, '!!']],
    ["don’t stop, can't", ["don't", 'stop', BOUNDARY_TOKEN, "can't"]],
    ['call 555-0123 now', ['call', NUMBER_TOKEN, NUMBER_TOKEN, 'now']],
    ['see https://x.co/abc or www.a.com', ['see', URL_TOKEN, 'or', URL_TOKEN]],
    ['mail me at a.b@c.org', ['mail', 'me', 'at', EMAIL_TOKEN]],
    ['visit scrubsdeals.co today', ['visit', DOMAIN_TOKEN, 'today']],
    ['¿qué hacemos?', ['?', 'qué', 'hacemos', '?']],
    ['$90 for ice', ['$', NUMBER_TOKEN, 'for', 'ice']],
    ['naïve café', ['naïve', 'café']],
    ['❤️👍🏽', ['❤', '👍']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(tokenize(text)).toEqual(expected);
  });
});

describe('featurize', () => {
  it('marks words in a negation scope differently', () => {
    const plain = featurize(['good']);
    const negated = featurize(['not', 'good']);
    expect(negated).not.toContain(plain[0]);
    expect(isNegator("didn't")).toBe(true);
    expect(isNegator('nadie')).toBe(true);
    expect(isNegator('good')).toBe(false);
  });

  it('starts every word with its plain hash outside negation', () => {
    expect(featurize(['thank'])[0]).toBe(hashWord('thank'));
    expect(hashWords(['a', 'b'])).toEqual([hashWord('a'), hashWord('b')]);
  });

  it('gives the same features for a word whether its character n-grams were cached or not', () => {
    const tokens = tokenize('unforgettable kindness from an extraordinarily patient nurse');
    const first = featurize(tokens);
    expect(featurize(tokens)).toEqual(first);
    // Character n-grams stop after 24 letters, cached or not.
    const long = 'a'.repeat(30);
    expect(featurize([long])).toEqual(featurize([long]));
    expect(featurize([long]).length).toBe(featurize(['a'.repeat(24)]).length);
  });

  it('is deterministic and returns unsigned 32-bit ids', () => {
    const features = featurize(tokenize('thank you so much!'));
    expect(features).toEqual(featurize(tokenize('thank you so much!')));
    for (const feature of features) {
      expect(Number.isInteger(feature)).toBe(true);
      expect(feature).toBeGreaterThanOrEqual(0);
      expect(feature).toBeLessThan(2 ** 32);
    }
  });
});

describe('hashing', () => {
  it.each([
    ['', 0],
    ['chest', 1],
    ['chest', 2],
  ])('hashString(%j, %d) is a stable unsigned integer', (value, seed) => {
    const hash = hashString(value, seed);
    expect(hash).toBe(hashString(value, seed));
    expect(hash).toBeGreaterThanOrEqual(0);
    expect(hash).toBeLessThan(2 ** 32);
  });

  it('depends on the seed and on pair order', () => {
    expect(hashString('chest', 1)).not.toBe(hashString('chest', 2));
    expect(combineHashes(1, 2, 3)).not.toBe(combineHashes(2, 1, 3));
  });
});

describe('base64', () => {
  it.each([[[]], [[0]], [[0, 1]], [[0, 1, 2]], [[255, 254, 253, 252, 128, 127, 1]]])(
    'round-trips %j',
    (bytes) => {
      const encoded = encodeBase64(Uint8Array.from(bytes));
      expect(Array.from(decodeBase64(encoded))).toEqual(bytes);
    },
  );

  it('matches the standard alphabet', () => {
    expect(encodeBase64(Uint8Array.from([0, 1, 2]))).toBe('AAEC');
    expect(Array.from(decodeBase64('/w=='))).toEqual([255]);
  });

  it('rejects characters outside the alphabet', () => {
    expect(() => decodeBase64('AA*C')).toThrow('Invalid base64 character at 2');
  });
});

describe('linear models', () => {
  const file = {
    name: 'tiny',
    outputs: ['a', 'b'],
    bits: 1,
    scale: 0.5,
    // int8 weights [[2, -2], [4, 0]] → floats [[1, -1], [2, 0]]
    weights: encodeBase64(Uint8Array.from([2, 254, 4, 0])),
    denseNames: ['x'],
    dense: [1, -1],
    bias: [0.5, 0],
  };

  it('scores sparse features with the square-root norm, dense features and bias', () => {
    const model = decodeLinearModel(file);
    // features 0 and 1 (bucket = low bit), norm 1/sqrt(2); dense x = 2
    const scores = scoreLinear(model, [0, 1], [2]);
    expect(scores[0]).toBeCloseTo(0.5 + (1 + 2) / Math.SQRT2 + 2, 10);
    expect(scores[1]).toBeCloseTo(0 + (-1 + 0) / Math.SQRT2 - 2, 10);
  });

  it('scores fused models exactly as each model alone, whatever their hash sizes', () => {
    const model = decodeLinearModel(file);
    const wider = decodeLinearModel({
      ...file,
      name: 'wider',
      outputs: ['x', 'y', 'z'],
      bits: 2,
      weights: encodeBase64(Uint8Array.from([1, 2, 3, 255, 254, 253, 10, 20, 30, 7, 0, 129])),
      dense: [0.5, 0, -0.5],
      bias: [0, 1, 2],
    });
    const fused = fuseLinearModels([wider, model]);
    expect(fused.offsets).toEqual([0, 3]);
    expect(fused.width % 4).toBe(0);
    const features = [0, 1, 2, 3, 7, 4_000_000_001];
    const sums = sumFused(fused, features);
    expect(finishLinear(wider, sums, 0, features.length, [2])).toEqual(
      scoreLinear(wider, features, [2]),
    );
    expect(finishLinear(model, sums, 3, features.length, [2])).toEqual(
      scoreLinear(model, features, [2]),
    );
  });

  it('refuses a file whose weights do not match its size', () => {
    expect(() => decodeLinearModel({ ...file, bits: 2 })).toThrow('expected 8 weights, found 4');
  });
});

describe('sumWordFeatures', () => {
  const file = {
    name: 'tiny',
    outputs: ['a', 'b', 'c'],
    bits: 6,
    scale: 0.5,
    weights: encodeBase64(Uint8Array.from({ length: 64 * 3 }, (_, index) => (index * 37) % 251)),
    denseNames: [],
    dense: [],
    bias: [0, 0, 0],
  };
  const other = {
    ...file,
    name: 'other',
    outputs: ['x'],
    bits: 4,
    weights: encodeBase64(Uint8Array.from({ length: 16 }, (_, index) => 250 - index * 9)),
    bias: [0],
  };
  const fused = fuseLinearModels([decodeLinearModel(file), decodeLinearModel(other)]);
  const texts = [
    'thank you so much, not good at all. never helpful but kind',
    "didn't call back; no one answered!! 😡 worst",
    'soooo grateful 🙏 @lakeside!!',
    '',
  ];

  it.each(texts)(
    'sums what sumFused sums over featurize, and counts the same features: %j',
    (text) => {
      const tokens = tokenize(text);
      const features = featurize(tokens);
      const { count, totals } = sumWordFeatures(tokens.map(wordOf), fused);
      expect(count).toBe(features.length);
      expect(Array.from(totals)).toEqual(Array.from(sumFused(fused, features)));
    },
  );

  it('gives words from before the cache was emptied the same sums and weights', () => {
    const tokens = tokenize(texts[0]);
    const before = tokens.map(wordOf);
    const expected = Array.from(sumWordFeatures(before, fused).totals);
    const weight = wordWeight(before[0], fused, 1);
    for (let index = 0; index < 20_001; index++) {
      wordOf(`filler${index}`);
    }
    expect(wordOf(tokens[0])).not.toBe(before[0]);
    expect(Array.from(sumWordFeatures(before, fused).totals)).toEqual(expected);
    expect(wordWeight(before[0], fused, 1)).toBe(weight);
    expect(
      Array.from(
        sumWordFeatures(
          tokens.map((token) => new Word(token)),
          fused,
        ).totals,
      ),
    ).toEqual(expected);
  });
});
