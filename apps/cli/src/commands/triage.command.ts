import { once } from 'node:events';
import * as fs from 'node:fs';
import * as readline from 'node:readline';
import { type Readable, type Writable } from 'node:stream';

import { triageJsonLine } from '@bedside/triage';
import { type Command } from 'commander';

interface TriageOptions {
  in?: string;
  out?: string;
}

export interface TriageStreamReport {
  lines: number;
  errors: number;
}

/** Output lines are buffered into writes of about this many characters. */
const WRITE_CHUNK = 64 * 1024;

/**
 * Triages a JSONL stream line by line: one output line per non-empty input line, in order, with
 * `{"id","error"}` for a line that is not a JSON object with text, so one bad line never stops the
 * run. Holds one chunk in memory, and waits when the output is slower than triage.
 */
export async function triageStream(input: Readable, output: Writable): Promise<TriageStreamReport> {
  const report: TriageStreamReport = { lines: 0, errors: 0 };
  let pending = '';
  const flush = async (): Promise<void> => {
    if (pending === '') {
      return;
    }
    const chunk = pending;
    pending = '';
    if (!output.write(chunk)) {
      await once(output, 'drain');
    }
  };
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    const result = triageJsonLine(line);
    if (result === null) {
      continue;
    }
    report.lines += 1;
    if ('error' in result) {
      report.errors += 1;
    }
    pending += `${JSON.stringify(result)}\n`;
    if (pending.length >= WRITE_CHUNK) {
      await flush();
    }
  }
  await flush();
  return report;
}

export function registerTriageCommand(program: Command): void {
  program
    .command('triage')
    .description(
      'Triage a JSONL file of {"id","text","channel"?} lines into JSONL labels (stdin/stdout when --in/--out are omitted); needs no database.',
    )
    .option('--in <file>', 'input JSONL file (default: stdin)')
    .option('--out <file>', 'output JSONL file (default: stdout)')
    .action(async (options: TriageOptions) => {
      const input = options.in ? fs.createReadStream(options.in) : process.stdin;
      const output = options.out ? fs.createWriteStream(options.out) : process.stdout;
      // A missing input file surfaces through the read loop; say which file it was.
      input.on('error', () => undefined);
      let report: TriageStreamReport;
      try {
        report = await triageStream(input, output);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new Error(
          code === 'ENOENT' ? `no such file: ${options.in}` : (error as Error).message,
        );
      }
      if (options.out) {
        output.end();
        await once(output, 'finish');
        console.error(
          `Triaged ${report.lines.toLocaleString('en-US')} lines into ${options.out}` +
            (report.errors > 0 ? ` (${report.errors.toLocaleString('en-US')} with an error)` : ''),
        );
      }
    });
}
