import { once } from 'node:events';
import * as fs from 'node:fs';

import { CorrectionsService } from '@bedside/server';
import { type Command } from 'commander';

import { withServices } from '../context';

export function registerExportCorrectionsCommand(program: Command): void {
  program
    .command('export-corrections')
    .description(
      'Write every comment whose triage labels the team corrected as JSONL training data ' +
        '(the schema of the hand-labelled development set). The lines hold comment text, which ' +
        'may contain PHI: keep the file inside the hospital. Put it in ' +
        'tools/triage/data/corrections/ (never committed) and `npm run train` learns from it.',
    )
    .option('--out <file>', 'output file (default: stdout)')
    .action(async (options: { out?: string }) => {
      const output = options.out ? fs.createWriteStream(options.out) : process.stdout;
      let written = 0;
      await withServices(async (context) => {
        for await (const row of context.get(CorrectionsService).exportRows()) {
          const { comment } = row;
          const line = JSON.stringify({
            id: comment.id,
            channel: row.channel,
            text: comment.text,
            sentiment: comment.sentiment,
            intents: (comment.intents ?? []).map((intent) => intent.label),
            urgency: comment.urgency,
            phi: (comment.phiSpans ?? []).map((span) => ({
              type: span.type,
              text: comment.text.slice(span.start, span.end),
              start: span.start,
              end: span.end,
            })),
            corrected: row.fields,
            correctedAt: row.correctedAt.toISOString(),
          });
          if (!output.write(`${line}\n`)) {
            await once(output, 'drain');
          }
          written += 1;
        }
      });
      if (options.out) {
        output.end();
        await once(output, 'finish');
        console.error(
          `Wrote ${written.toLocaleString('en-US')} corrected comments to ${options.out}`,
        );
      }
    });
}
