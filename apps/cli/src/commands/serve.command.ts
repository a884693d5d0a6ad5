import * as path from 'node:path';

import { loadConfig, startServer } from '@bedside/server';
import { type Command } from 'commander';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Start Bedside (API and dashboard) on PORT (default 3000).')
    .option('--port <port>', 'port to listen on (overrides PORT)')
    .action(async (options: { port?: string }) => {
      const env = options.port ? { ...process.env, PORT: options.port } : process.env;
      const config = loadConfig(env, {
        defaultDashboardDir: path.resolve(__dirname, '../dashboard'),
      });
      const { url } = await startServer(config);
      console.log(`Bedside is running at ${url}`);
    });
}
