import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

import { type ChannelsConfig } from '../config/env.schema';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Stored values start with their format, so a later key rotation can tell old from new. */
const PREFIX = 'v1';

export class CredentialCipherError extends Error {
  override readonly name = 'CredentialCipherError';
}

/**
 * Encrypts channel credentials at rest with AES-256-GCM: a fresh 12-byte IV per value, the
 * authentication tag checked on every read (a tampered or mis-keyed value fails loudly rather than
 * yielding garbage), and the channel id as associated data, so a ciphertext copied onto another
 * channel's row does not decrypt.
 *
 * @example cipher.encrypt({ accessToken: 'EAAB…' }, channelId) // 'v1:…:…:…'
 */
export class CredentialCipher {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) {
      throw new CredentialCipherError('The credentials key must be 32 bytes.');
    }
  }

  encrypt(credentials: Readonly<Record<string, string>>, channelId: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv(ALGORITHM, this.key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(channelId, 'utf8'));
    const data = Buffer.concat([
      cipher.update(JSON.stringify(credentials), 'utf8'),
      cipher.final(),
    ]);
    return [PREFIX, iv, cipher.getAuthTag(), data]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64')))
      .join(':');
  }

  decrypt(stored: string, channelId: string): Record<string, string> {
    const [prefix, iv, tag, data] = stored.split(':');
    if (prefix !== PREFIX || !iv || !tag || data === undefined) {
      throw new CredentialCipherError('Stored credentials are not in a known format.');
    }
    try {
      const decipher = createDecipheriv(ALGORITHM, this.key, Buffer.from(iv, 'base64'), {
        authTagLength: TAG_BYTES,
      });
      decipher.setAAD(Buffer.from(channelId, 'utf8'));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      const plain = Buffer.concat([
        decipher.update(Buffer.from(data, 'base64')),
        decipher.final(),
      ]).toString('utf8');
      return JSON.parse(plain) as Record<string, string>;
    } catch {
      // No detail: the cause is a wrong key or a changed value, and neither should be echoed.
      throw new CredentialCipherError(
        'Stored credentials could not be decrypted: BEDSIDE_ENCRYPTION_KEY differs from the key they were saved with.',
      );
    }
  }
}

/**
 * The key from the environment, or else the one in the key file beside the SQLite database,
 * created (owner-only) on first use so that a single-machine install needs no set-up.
 */
export function loadCredentialKey(config: ChannelsConfig): Buffer {
  if (config.encryptionKey) {
    return config.encryptionKey;
  }
  try {
    const stored = Buffer.from(fs.readFileSync(config.keyFile, 'utf8').trim(), 'base64');
    if (stored.length !== 32) {
      throw new CredentialCipherError(`${config.keyFile} does not hold a 32-byte base64 key.`);
    }
    return stored;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw error;
    }
  }
  const key = randomBytes(32);
  fs.mkdirSync(path.dirname(config.keyFile), { recursive: true });
  // 'wx': two processes starting together never overwrite each other's key.
  try {
    fs.writeFileSync(config.keyFile, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      return loadCredentialKey(config);
    }
    throw error;
  }
}
