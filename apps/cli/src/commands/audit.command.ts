import { AuditService } from '@bedside/server';
import { type Command } from 'commander';

import { withServices } from '../context';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('The tamper-evident audit trail.');
  audit
    .command('verify')
    .description(
      'Check the hash chain of the audit trail; exits with 1 and names the first broken link when a row was changed or deleted.',
    )
    .action(async () => {
      await withServices(async (context) => {
        const result = await context.get(AuditService).verify();
        if (result.broken) {
          console.error(
            `Audit trail broken at event ${result.broken.seq}: ${result.broken.reason}. ` +
              `${result.checked.toLocaleString('en-US')} events before it are intact.`,
          );
          process.exitCode = 1;
          return;
        }
        console.log(
          `Audit trail intact: ${result.checked.toLocaleString('en-US')} events, every link verified.`,
        );
      });
    });
}
