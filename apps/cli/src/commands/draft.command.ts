import { draftLine, type OrganisationSettings } from '@bedside/compliance';
import { triage } from '@bedside/triage';
import { type Command } from 'commander';

import { type JsonlFileOptions, parseJsonLine, runJsonlFiles } from './jsonl-stream';
import { resolveReplySettings } from './reply-settings';

interface DraftOptions extends JsonlFileOptions {
  settings?: string;
}

/** One `draft` line: `{"id","text","channel"?}` to `{"id","reply","template","action","violations"}`. */
export function draftJsonLine(line: string, settings: OrganisationSettings): object | null {
  const parsed = parseJsonLine(line);
  if (parsed === null || 'error' in parsed) {
    return parsed === null ? null : parsed.error;
  }
  return draftLine(
    parsed.value,
    (text, channel) => triage(text, channel ? { channel } : {}),
    settings,
  );
}

export function registerDraftCommand(program: Command): void {
  program
    .command('draft')
    .description(
      'Draft compliant public replies from the built-in templates: JSONL {"id","text","channel"?} lines in, {"id","reply","template","action","violations"} lines out (stdin/stdout when --in/--out are omitted).',
    )
    .option('--in <file>', 'input JSONL file (default: stdin)')
    .option('--out <file>', 'output JSONL file (default: stdout)')
    .option(
      '--settings <file>',
      'organisation settings JSON (token keys like PATIENT_RELATIONS_PHONE, or camelCase); default: the stored settings',
    )
    .action(async (options: DraftOptions) => {
      const settings = await resolveReplySettings(options.settings);
      await runJsonlFiles(options, (line) => draftJsonLine(line, settings), 'Drafted');
    });
}
