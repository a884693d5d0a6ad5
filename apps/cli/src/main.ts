import 'reflect-metadata';

import { Command } from 'commander';

import { registerAuditCommands } from './commands/audit.command';
import { registerChannelsCommands } from './commands/channels.command';
import { registerCheckReplyCommand } from './commands/check-reply.command';
import { registerDraftCommand } from './commands/draft.command';
import { registerExportCorrectionsCommand } from './commands/export-corrections.command';
import { registerImportCommand } from './commands/import.command';
import { registerMigrateCommand } from './commands/migrate.command';
import { registerReportsCommands } from './commands/reports.command';
import { registerRetriageCommand } from './commands/retriage.command';
import { registerSampleCommand } from './commands/sample.command';
import { registerServeCommand } from './commands/serve.command';
import { registerTriageCommand } from './commands/triage.command';
import { registerTokenCommands, registerUserCommands } from './commands/user.command';
import { reportFailure } from './context';

/** Every command of `bedside`; each registers itself from its own file. */
export function buildProgram(): Command {
  const program = new Command()
    .name('bedside')
    .description('Bedside: the social inbox for hospital social-media teams.')
    .showHelpAfterError();
  registerServeCommand(program);
  registerImportCommand(program);
  registerSampleCommand(program);
  registerMigrateCommand(program);
  registerTriageCommand(program);
  registerCheckReplyCommand(program);
  registerDraftCommand(program);
  registerRetriageCommand(program);
  registerReportsCommands(program);
  registerExportCorrectionsCommand(program);
  registerUserCommands(program);
  registerTokenCommands(program);
  registerAuditCommands(program);
  registerChannelsCommands(program);
  return program;
}

buildProgram().parseAsync(process.argv).catch(reportFailure);
