import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Redis, type RedisOptions } from 'ioredis';

import { APP_CONFIG } from '../config/config.module';
import { type AppConfig, type RedisConfig } from '../config/env.schema';

/**
 * The Redis connections of this process, opened on first use and closed at shutdown. Each use
 * gets its own connection because Redis dedicates a subscribing connection to pub/sub and
 * BullMQ wants blocking connections of its own. `enabled` is false without REDIS_URL: every
 * caller then keeps its state in process memory.
 */
@Injectable()
export class RedisConnections implements OnApplicationShutdown {
  private readonly logger = new Logger(RedisConnections.name);
  private readonly open = new Map<string, Redis>();
  readonly config: RedisConfig | null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.config = config.redis;
  }

  get enabled(): boolean {
    return this.config !== null;
  }

  /** Every key and channel Bedside uses starts with this (no trailing colon). */
  get prefix(): string {
    return this.config?.prefix ?? 'bedside';
  }

  /**
   * The named connection, opened on first use. `blocking` connections (BullMQ workers, pub/sub
   * subscribers) never give up on a command while Redis is away; others fail fast so a request
   * gets an answer.
   */
  connection(name: string, options: { blocking?: boolean } = {}): Redis {
    if (!this.config) {
      throw new Error('Redis is not configured (set REDIS_URL)');
    }
    const existing = this.open.get(name);
    if (existing) {
      return existing;
    }
    const redisOptions: RedisOptions = {
      connectionName: `${this.prefix}:${name}`,
      maxRetriesPerRequest: options.blocking ? null : 3,
      enableReadyCheck: true,
      // Reconnect with a capped backoff; a replica keeps serving what it can meanwhile.
      retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
    };
    const redis = new Redis(this.config.url, redisOptions);
    // Without a listener ioredis prints every reconnect failure; log the kind only, never the URL.
    redis.on('error', (error: Error & { code?: string }) =>
      this.logger.warn(`Redis connection "${name}": ${error.code ?? error.name}`),
    );
    this.open.set(name, redis);
    return redis;
  }

  /** True when Redis answers a PING within `timeoutMs` (the readiness probe). */
  async ping(timeoutMs = 1_000): Promise<boolean> {
    if (!this.config) {
      return true;
    }
    const redis = this.connection('probe');
    let timer: NodeJS.Timeout | undefined;
    try {
      const answer = await Promise.race([
        redis.ping(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
        }),
      ]);
      return answer === 'PONG';
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    const connections = [...this.open.values()];
    this.open.clear();
    await Promise.all(connections.map((redis) => redis.quit().catch(() => redis.disconnect())));
  }
}
