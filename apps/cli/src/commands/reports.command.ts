import { openDatabase, rebuildReportRollups } from '@bedside/server';
import { type Command } from 'commander';

import { cliConfig } from '../context';

export function registerReportsCommands(program: Command): void {
  const reports = program.command('reports').description('Report rollups.');
  reports
    .command('rebuild')
    .description(
      'Recompute the report rollups from the stored comments (after loading comments straight into the database).',
    )
    .action(async () => {
      const dataSource = await openDatabase(cliConfig().database);
      const started = Date.now();
      const queryRunner = dataSource.createQueryRunner();
      try {
        await queryRunner.connect();
        await queryRunner.startTransaction();
        try {
          await rebuildReportRollups(queryRunner);
          await queryRunner.commitTransaction();
        } catch (error) {
          await queryRunner.rollbackTransaction();
          throw error;
        }
      } finally {
        await queryRunner.release();
        await dataSource.destroy();
      }
      console.log(`Report rollups rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    });
}
