/**
 * 32-bit FNV-1a with a murmur3 finaliser. The models look features up by the low bits of these
 * hashes, and FNV alone mixes its low bits poorly, hence the finaliser. Deterministic across
 * platforms because it only uses 32-bit integer arithmetic.
 *
 * @example hashString('chest', SEED_WORD) // -> an unsigned 32-bit integer
 */
export function hashString(value: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let index = 0; index < value.length; index++) {
    hash ^= value.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return finaliseHash(hash);
}

/**
 * Combines two hashes into one (for word pairs) without building the joined string, which keeps
 * feature extraction allocation-free on the hot path.
 *
 * @example combineHashes(hashString('chest', 1), hashString('pain', 1), 3)
 */
export function combineHashes(left: number, right: number, seed: number): number {
  let hash = Math.imul(left ^ seed, 0x9e3779b1);
  hash = Math.imul((hash << 13) | (hash >>> 19), 5) + 0xe6546b64;
  hash ^= right;
  return finaliseHash(hash);
}

/**
 * The murmur3 `fmix32` avalanche step: every input bit affects every output bit.
 *
 * @example finaliseHash(1) // -> an unsigned 32-bit integer
 */
export function finaliseHash(input: number): number {
  let hash = input;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}
