import { openDatabase } from '@bedside/server';
import { type Command } from 'commander';

import { cliConfig } from '../context';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('Apply pending database migrations (the server also does this when it starts).')
    .action(async () => {
      const dataSource = await openDatabase(cliConfig().database);
      await dataSource.destroy();
      console.log('The database schema is up to date.');
    });
}
