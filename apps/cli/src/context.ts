import 'reflect-metadata';

import { type AppConfig, ConfigError, createServicesContext, loadConfig } from '@bedside/server';
import { type INestApplicationContext } from '@nestjs/common';

/** The CLI's configuration: the server's, but quieter logs unless LOG_LEVEL says otherwise. */
export function cliConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return loadConfig({ LOG_LEVEL: 'warn', ...env });
}

/** Runs `work` with the server's services on the configured database, then closes it. */
export async function withServices<T>(
  work: (context: INestApplicationContext) => Promise<T>,
): Promise<T> {
  const context = await createServicesContext(cliConfig());
  try {
    return await work(context);
  } finally {
    await context.close();
  }
}

/** Prints a failure without a stack trace (configuration errors are the user's to fix). */
export function reportFailure(error: unknown): void {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else if (error instanceof Error) {
    console.error(`bedside: ${error.message}`);
  } else {
    console.error(`bedside: ${String(error)}`);
  }
  process.exitCode = 1;
}
