import { generatePassword } from './generate-password';

describe('generatePassword', () => {
  it('makes 4 groups of 5 unambiguous letters and digits', () => {
    const password = generatePassword();
    expect(password).toMatch(/^([a-km-np-zA-HJ-NP-Z2-9]{5}-){3}[a-km-np-zA-HJ-NP-Z2-9]{5}$/);
    expect(password.length).toBeGreaterThanOrEqual(12);
  });

  it('skips bytes that would make some characters likelier than others', () => {
    let call = 0;
    // 255 is past the last whole multiple of the alphabet's size, so it is skipped.
    const random = (bytes: Uint8Array<ArrayBuffer>) => {
      bytes.fill(call++ === 0 ? 255 : 0);
      return bytes;
    };
    expect(generatePassword(random)).toBe('aaaaa-aaaaa-aaaaa-aaaaa');
    expect(call).toBe(2);
  });

  it('gives a different password each time', () => {
    expect(generatePassword()).not.toBe(generatePassword());
  });
});
