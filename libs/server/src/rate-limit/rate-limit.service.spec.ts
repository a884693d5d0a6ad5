import { loadConfig } from '../config/env.schema';
import { RateLimitService, retryAfterOf } from './rate-limit.service';

function service(env: Record<string, string>): RateLimitService {
  return new RateLimitService(loadConfig(env));
}

async function codeOf(attempt: Promise<void>): Promise<string> {
  try {
    await attempt;
    return 'allowed';
  } catch (error) {
    return retryAfterOf(error) === null ? 'other error' : 'RATE_LIMITED';
  }
}

describe('RateLimitService', () => {
  it('refuses a caller past its budget, with the seconds to wait, and no one else', async () => {
    const limits = service({ RATE_LIMIT_API_PER_MINUTE: '2' });
    await limits.consumeRequest('token:a');
    await limits.consumeRequest('token:a');
    const refusal = await limits.consumeRequest('token:a').catch((error: unknown) => error);
    expect(retryAfterOf(refusal)).toBeGreaterThanOrEqual(1);
    expect(retryAfterOf(refusal)).toBeLessThanOrEqual(60);
    await expect(codeOf(limits.consumeRequest('token:b'))).resolves.toBe('allowed');
  });

  it('limits sign-ins per address and per e-mail, whatever its case', async () => {
    const limits = service({ RATE_LIMIT_SIGN_IN_PER_IP: '2', RATE_LIMIT_SIGN_IN_PER_EMAIL: '2' });
    await limits.consumeSignIn('10.0.0.1', 'Dana@example.org');
    await limits.consumeSignIn('10.0.0.2', 'dana@example.org ');
    await expect(codeOf(limits.consumeSignIn('10.0.0.3', 'DANA@example.org'))).resolves.toBe(
      'RATE_LIMITED',
    );
    await limits.consumeSignIn('10.0.0.1', 'lee@example.org');
    await expect(codeOf(limits.consumeSignIn('10.0.0.1', 'sam@example.org'))).resolves.toBe(
      'RATE_LIMITED',
    );
  });

  it('turns a limit off with 0', async () => {
    const limits = service({ RATE_LIMIT_API_PER_MINUTE: '0' });
    const attempts = Array.from({ length: 1000 }, () => codeOf(limits.consumeRequest('ip:x')));
    expect(new Set(await Promise.all(attempts))).toEqual(new Set(['allowed']));
  });
});
