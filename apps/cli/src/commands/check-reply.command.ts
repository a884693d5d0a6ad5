import { checkReplyLine, type OrganisationSettings } from '@bedside/compliance';
import { triage } from '@bedside/triage';
import { type Command } from 'commander';

import { type JsonlFileOptions, parseJsonLine, runJsonlFiles } from './jsonl-stream';
import { resolveReplySettings } from './reply-settings';

interface CheckReplyOptions extends JsonlFileOptions {
  settings?: string;
}

/** One `check-reply` line: `{"id","comment","reply"}` to `{"id","compliant","violations"}`. */
export function checkReplyJsonLine(line: string, settings: OrganisationSettings): object | null {
  const parsed = parseJsonLine(line);
  if (parsed === null || 'error' in parsed) {
    return parsed === null ? null : parsed.error;
  }
  return checkReplyLine(
    parsed.value,
    (text, channel) => triage(text, channel ? { channel } : {}),
    settings,
  );
}

export function registerCheckReplyCommand(program: Command): void {
  program
    .command('check-reply')
    .description(
      'Check drafted replies for HIPAA compliance: JSONL {"id","comment","reply"} lines in, {"id","compliant","violations"} lines out (stdin/stdout when --in/--out are omitted).',
    )
    .option('--in <file>', 'input JSONL file (default: stdin)')
    .option('--out <file>', 'output JSONL file (default: stdout)')
    .option(
      '--settings <file>',
      'organisation settings JSON (token keys like PATIENT_RELATIONS_PHONE, or camelCase); default: the stored settings',
    )
    .action(async (options: CheckReplyOptions) => {
      const settings = await resolveReplySettings(options.settings);
      await runJsonlFiles(options, (line) => checkReplyJsonLine(line, settings), 'Checked');
    });
}
