import { Inject, Injectable } from '@nestjs/common';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

import { AppError } from '../common/app-error';
import { APP_CONFIG } from '../config/config.module';
import { type AppConfig } from '../config/env.schema';

/** Every limit counts requests per rolling minute. */
const WINDOW_SECONDS = 60;

/** RATE_LIMITED with the seconds to wait, sent as `extensions.retryAfterSeconds` and `Retry-After`. */
export function rateLimited(message: string, retryAfterSeconds: number): AppError {
  return new AppError('RATE_LIMITED', message, { retryAfterSeconds });
}

export function retryAfterOf(error: unknown): number | null {
  if (error instanceof AppError && error.code === 'RATE_LIMITED') {
    const seconds = error.extensions['retryAfterSeconds'];
    return typeof seconds === 'number' ? seconds : null;
  }
  return null;
}

/** Adds `Retry-After` to the HTTP answer when `error` is a RATE_LIMITED refusal. */
export function addRetryAfterHeader(
  reply: { header?: (name: string, value: string) => unknown } | null | undefined,
  error: unknown,
): void {
  const seconds = retryAfterOf(error);
  if (seconds !== null && typeof reply?.header === 'function') {
    reply.header('retry-after', String(seconds));
  }
}

function limiter(points: number, keyPrefix: string): RateLimiterAbstract | null {
  return points > 0 ? new RateLimiterMemory({ points, duration: WINDOW_SECONDS, keyPrefix }) : null;
}

/**
 * Request budgets that keep one caller from crowding out the team or guessing passwords. Counts
 * live in this process's memory: with several replicas behind a load balancer, swap
 * RateLimiterMemory for rate-limiter-flexible's RateLimiterRedis so they share the counts.
 */
@Injectable()
export class RateLimitService {
  private readonly api: RateLimiterAbstract | null;
  private readonly signInByIp: RateLimiterAbstract | null;
  private readonly signInByEmail: RateLimiterAbstract | null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.api = limiter(config.rateLimits.apiPerMinute, 'api');
    this.signInByIp = limiter(config.rateLimits.signInPerIp, 'sign-in-ip');
    this.signInByEmail = limiter(config.rateLimits.signInPerEmail, 'sign-in-email');
  }

  /**
   * Counts one API request of a caller: `session:<id>`, `token:<id>` or `ip:<address>`.
   * Throws RATE_LIMITED once the caller has used up the minute's budget.
   */
  async consumeRequest(callerKey: string): Promise<void> {
    const wait = await this.consume(this.api, callerKey);
    if (wait !== null) {
      throw rateLimited(`Too many requests. Try again in ${wait} seconds.`, wait);
    }
  }

  /**
   * Counts one sign-in attempt from an address for an e-mail, before any password is checked:
   * guessing is slowed down per address and per account, and argon2's cost cannot be used to
   * exhaust the server. The e-mail is never part of the message.
   */
  async consumeSignIn(ip: string, email: string): Promise<void> {
    const wait =
      (await this.consume(this.signInByIp, ip)) ??
      (await this.consume(this.signInByEmail, email.trim().toLowerCase()));
    if (wait !== null) {
      throw rateLimited(`Too many sign-in attempts. Try again in ${wait} seconds.`, wait);
    }
  }

  /** Seconds to wait when the budget is used up, else null. */
  private async consume(limit: RateLimiterAbstract | null, key: string): Promise<number | null> {
    if (!limit) {
      return null;
    }
    try {
      await limit.consume(key);
      return null;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      }
      throw rejection;
    }
  }
}
