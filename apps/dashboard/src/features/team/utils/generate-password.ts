/** Letters and digits that cannot be mistaken for each other when read out or copied by hand. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

type RandomFill = (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>;

const fillFromCrypto: RandomFill = (bytes) => crypto.getRandomValues(bytes);

/**
 * A readable random first password, like the CLI's: 4 groups of 5 characters (about 115 bits),
 * e.g. `Fq7km-2HwzR-pd9Xa-Mn4tK`. Rejection sampling keeps every character equally likely.
 */
export function generatePassword(random: RandomFill = fillFromCrypto): string {
  const limit = 256 - (256 % ALPHABET.length);
  const chars: string[] = [];
  while (chars.length < 20) {
    for (const byte of random(new Uint8Array(32))) {
      if (byte < limit && chars.length < 20) {
        chars.push(ALPHABET[byte % ALPHABET.length]);
      }
    }
  }
  return [0, 5, 10, 15].map((start) => chars.slice(start, start + 5).join('')).join('-');
}
