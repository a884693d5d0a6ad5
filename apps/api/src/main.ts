import 'reflect-metadata';

import * as path from 'node:path';

import { ConfigError, loadConfig, logger, startServer } from '@bedside/server';

/** `node dist/apps/api/main.js`: the whole product (API and dashboard) on one port. */
async function main(): Promise<void> {
  const config = loadConfig(process.env, {
    defaultDashboardDir: path.resolve(__dirname, '../dashboard'),
  });
  await startServer(config);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    logger.fatal({ err: error }, 'Bedside could not start');
  }
  process.exit(1);
});
