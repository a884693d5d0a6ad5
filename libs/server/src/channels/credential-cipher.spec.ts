import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

import { CredentialCipher, CredentialCipherError, loadCredentialKey } from './credential-cipher';

describe('CredentialCipher', () => {
  const cipher = new CredentialCipher(randomBytes(32));

  it('round-trips credentials and never stores them in clear', () => {
    const stored = cipher.encrypt({ accessToken: 'EAAB-secret-token' }, 'channel-1');
    expect(stored).not.toContain('EAAB');
    expect(stored.startsWith('v1:')).toBe(true);
    expect(cipher.decrypt(stored, 'channel-1')).toEqual({ accessToken: 'EAAB-secret-token' });
  });

  it('uses a fresh IV each time', () => {
    const a = cipher.encrypt({ accessToken: 't' }, 'c');
    const b = cipher.encrypt({ accessToken: 't' }, 'c');
    expect(a).not.toBe(b);
  });

  it('refuses a value moved to another channel, a tampered value and another key', () => {
    const stored = cipher.encrypt({ accessToken: 't' }, 'channel-1');
    expect(() => cipher.decrypt(stored, 'channel-2')).toThrow(CredentialCipherError);
    const parts = stored.split(':');
    const data = Buffer.from(parts[3], 'base64');
    data[0] = (data[0]) ^ 1;
    parts[3] = data.toString('base64');
    expect(() => cipher.decrypt(parts.join(':'), 'channel-1')).toThrow(CredentialCipherError);
    expect(() => new CredentialCipher(randomBytes(32)).decrypt(stored, 'channel-1')).toThrow(
      /BEDSIDE_ENCRYPTION_KEY/,
    );
  });
});

describe('loadCredentialKey', () => {
  it('prefers the environment key', () => {
    const key = randomBytes(32);
    expect(loadCredentialKey({ encryptionKey: key, keyFile: '/nonexistent/key' })).toBe(key);
  });

  it('creates an owner-only key file once and reads it back afterwards', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bedside-key-'));
    const keyFile = path.join(dir, 'nested', 'bedside.key');
    const first = loadCredentialKey({ encryptionKey: null, keyFile });
    expect(first).toHaveLength(32);
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(loadCredentialKey({ encryptionKey: null, keyFile }).equals(first)).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
