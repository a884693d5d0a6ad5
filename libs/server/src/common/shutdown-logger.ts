import {
  type BeforeApplicationShutdown,
  Injectable,
  type OnApplicationShutdown,
} from '@nestjs/common';

import { logger } from '../logging/logger';

/** Says when a stop was asked for and when it finished, so an operator can see it was graceful. */
@Injectable()
export class ShutdownLogger implements BeforeApplicationShutdown, OnApplicationShutdown {
  beforeApplicationShutdown(signal?: string): void {
    if (signal) {
      logger.info({ signal }, 'shutting down: finishing in-flight requests');
    }
  }

  onApplicationShutdown(signal?: string): void {
    if (signal) {
      logger.info({ signal }, 'stopped');
    }
  }
}
