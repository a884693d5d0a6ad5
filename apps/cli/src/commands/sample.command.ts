import { SampleService } from '@bedside/server';
import { type Command } from 'commander';

import { withServices } from '../context';

export function registerSampleCommand(program: Command): void {
  program
    .command('sample')
    .description(
      'Load the sample data (invented comments for a fictional hospital), or remove it with --remove.',
    )
    .option('--remove', 'delete the sample channels with their posts and comments')
    .action(async (options: { remove?: boolean }) => {
      await withServices(async (context) => {
        const sample = context.get(SampleService);
        if (options.remove) {
          const removed = await sample.remove();
          console.log(
            removed > 0
              ? `Removed the sample data (${removed} channels).`
              : 'No sample data to remove.',
          );
          return;
        }
        const result = await sample.load(new Date());
        console.log(
          result.accepted > 0
            ? `Loaded ${result.accepted} sample comments (labelled "Sample" in the inbox). Remove them with: npx bedside sample --remove`
            : 'The sample data is already loaded.',
        );
      });
    });
}
