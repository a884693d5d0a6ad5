import { triageJsonLine } from '@bedside/triage';
import { type Command } from 'commander';

import { type JsonlFileOptions, runJsonlFiles } from './jsonl-stream';

export function registerTriageCommand(program: Command): void {
  program
    .command('triage')
    .description(
      'Triage a JSONL file of {"id","text","channel"?} lines into JSONL labels (stdin/stdout when --in/--out are omitted); needs no database.',
    )
    .option('--in <file>', 'input JSONL file (default: stdin)')
    .option('--out <file>', 'output JSONL file (default: stdout)')
    .action(async (options: JsonlFileOptions) => {
      await runJsonlFiles(options, triageJsonLine, 'Triaged');
    });
}
