const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = (() => {
  const table = new Int16Array(128).fill(-1);
  for (let index = 0; index < ALPHABET.length; index++) {
    table[ALPHABET.charCodeAt(index)] = index;
  }
  return table;
})();

/**
 * Decodes standard base64 into bytes. Written out because the core library may run where neither
 * `Buffer` nor `atob` exists (browser bundles, workers), and the model weights ship as base64.
 *
 * @example decodeBase64('AAEC') // -> Uint8Array [0, 1, 2]
 */
export function decodeBase64(encoded: string): Uint8Array {
  let length = encoded.length;
  while (length > 0 && encoded.charCodeAt(length - 1) === 61 /* = */) {
    length--;
  }
  const bytes = new Uint8Array(Math.floor((length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let out = 0;
  for (let index = 0; index < length; index++) {
    const code = encoded.charCodeAt(index);
    const value = code < 128 ? LOOKUP[code] : -1;
    if (value < 0) {
      throw new Error(`Invalid base64 character at ${index}`);
    }
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[out++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}

/**
 * Encodes bytes as standard base64 (used by the training tools to write model files).
 *
 * @example encodeBase64(new Uint8Array([0, 1, 2])) // -> 'AAEC'
 */
export function encodeBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const first = bytes[index];
    const second = index + 1 < bytes.length ? bytes[index + 1] : 0;
    const third = index + 2 < bytes.length ? bytes[index + 2] : 0;
    const triple = (first << 16) | (second << 8) | third;
    chunk += ALPHABET[(triple >> 18) & 63] + ALPHABET[(triple >> 12) & 63];
    chunk += index + 1 < bytes.length ? ALPHABET[(triple >> 6) & 63] : '=';
    chunk += index + 2 < bytes.length ? ALPHABET[triple & 63] : '=';
    if (chunk.length >= 4096) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}
