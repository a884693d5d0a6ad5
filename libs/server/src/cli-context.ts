import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';

import { ServicesModule } from './app.module';
import { type AppConfig } from './config/env.schema';
import { NestPinoLogger, setLogLevel } from './logging/logger';

/**
 * The services of the server without HTTP, for command-line tools: same configuration, same
 * database, same migrations, same code paths as the API.
 */
export async function createServicesContext(config: AppConfig): Promise<INestApplicationContext> {
  setLogLevel(config.logLevel);
  return NestFactory.createApplicationContext(ServicesModule.forRoot(config), {
    logger: new NestPinoLogger(),
    abortOnError: false,
  });
}
