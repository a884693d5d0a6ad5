import { RetriageService } from '@bedside/server';
import { SingleBar } from 'cli-progress';
import { type Command } from 'commander';

import { withServices } from '../context';

interface RetriageOptions {
  all?: boolean;
  batchSize: number;
  progress: boolean;
}

export function registerRetriageCommand(program: Command): void {
  program
    .command('retriage')
    .description(
      'Label the stored comments again with the current triage models (after a model change).',
    )
    .option('--all', 'every comment, not only those labelled by another model version')
    .option(
      '--batch-size <n>',
      'comments re-labelled per transaction',
      (value) => Number.parseInt(value, 10),
      500,
    )
    .option('--no-progress', 'no progress bar')
    .action(async (options: RetriageOptions) => {
      await withServices(async (context) => {
        const bar =
          options.progress && process.stderr.isTTY
            ? new SingleBar({
                format:
                  'Re-triaging |{bar}| {percentage}% · {value}/{total} comments · {eta_formatted} left',
                stream: process.stderr,
                hideCursor: true,
              })
            : null;
        const report = await context.get(RetriageService).run({
          all: options.all,
          batchSize: options.batchSize,
          onProgress: (done, total) => {
            if (bar && done === 0) {
              bar.start(total, 0);
            }
            bar?.update(done);
          },
        });
        bar?.stop();
        console.log(
          report.examined === 0
            ? `Every comment is already labelled by model ${report.modelVersion}.`
            : `Re-triaged ${report.examined.toLocaleString('en-US')} comments with model ${report.modelVersion}: ` +
                `${report.changed.toLocaleString('en-US')} changed.`,
        );
      });
    });
}
