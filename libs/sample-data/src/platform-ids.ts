/**
 * Deterministic look-alike platform ids. The sample must load identically every time (ids are
 * upsert keys), so ids come from a hash of a seed instead of randomness.
 */

const DIGITS = '0123456789';
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const BASE64_URL = `${ALPHANUMERIC}-_`;

// X ids are snowflakes: milliseconds since X's epoch, shifted left 22 bits. Ours count back from
// a fixed instant, so they keep the platform's shape and grow with time like real ones.
const X_EPOCH_MS = 1_288_834_974_657n;
const SNOWFLAKE_REFERENCE_MS = BigInt(Date.UTC(2026, 0, 15, 12, 0, 0));

/** FNV-1a with a murmur3 finaliser, so seeds that differ in one character still scatter. */
function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

function drawCharacters(alphabet: string, seed: string, length: number): string {
  let result = '';
  for (let round = 0; result.length < length; round += 1) {
    let hash = hash32(`${seed}#${round}`);
    for (let draw = 0; draw < 3 && result.length < length; draw += 1) {
      result += alphabet[hash % alphabet.length];
      hash = Math.floor(hash / alphabet.length);
    }
  }
  return result;
}

/** `digitsFrom('fb-post:flu', 15)` → a 15-digit number as text, never starting with 0. */
export function digitsFrom(seed: string, length: number): string {
  const first = drawCharacters(DIGITS.slice(1), `${seed}:first`, 1);
  return first + drawCharacters(DIGITS, seed, length - 1);
}

/** Letters and digits, as in Google review ids. */
export function alphanumericFrom(seed: string, length: number): string {
  return drawCharacters(ALPHANUMERIC, seed, length);
}

/** The URL-safe base64 alphabet, as in YouTube video and comment ids. */
export function base64UrlFrom(seed: string, length: number): string {
  return drawCharacters(BASE64_URL, seed, length);
}

/** A 19-digit X snowflake id for something posted `minutesAgo` before the reference instant. */
export function snowflakeFrom(seed: string, minutesAgo: number): string {
  const hash = hash32(seed);
  const postedAtMs = SNOWFLAKE_REFERENCE_MS - BigInt(minutesAgo) * 60_000n + BigInt(hash % 60_000);
  return (((postedAtMs - X_EPOCH_MS) << 22n) | BigInt(hash & 0x3fffff)).toString();
}
