import { once } from 'node:events';
import * as fs from 'node:fs';
import * as readline from 'node:readline';
import { type Readable, type Writable } from 'node:stream';

/** What a JSONL run did: output lines written, and how many of them were `{"id","error"}`. */
export interface JsonlStreamReport {
  lines: number;
  errors: number;
}

/** Maps one input line to its output object; `null` skips the line (blank lines). */
export type JsonlLineHandler = (line: string) => object | null;

/** Output lines are buffered into writes of about this many characters. */
const WRITE_CHUNK = 64 * 1024;

/**
 * Streams a JSONL input through `handle`, one output line per non-blank input line, in order.
 * Holds one chunk in memory and waits when the output is slower than the work. An output object
 * with an `error` key counts as an error line (the run carries on).
 */
export async function streamJsonLines(
  input: Readable,
  output: Writable,
  handle: JsonlLineHandler,
): Promise<JsonlStreamReport> {
  const report: JsonlStreamReport = { lines: 0, errors: 0 };
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
    const result = handle(line);
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

/**
 * Parses one JSONL line for a handler: `null` for a blank line, the parsed value, or the
 * `{"id": null, "error": "invalid JSON"}` output line.
 */
export function parseJsonLine(
  line: string,
): { value: unknown } | { error: { id: null; error: string } } | null {
  if (line.trim() === '') {
    return null;
  }
  try {
    return { value: JSON.parse(line) as unknown };
  } catch {
    return { error: { id: null, error: 'invalid JSON' } };
  }
}

export interface JsonlFileOptions {
  in?: string;
  out?: string;
}

/**
 * Runs a JSONL command between `--in`/`--out` files (stdin/stdout when omitted): names a missing
 * input file, closes the output file, and reports `"<verb> N lines into FILE"` on stderr when
 * writing to a file (stdout stays pure JSONL).
 */
export async function runJsonlFiles(
  options: JsonlFileOptions,
  handle: JsonlLineHandler,
  verb: string,
): Promise<JsonlStreamReport> {
  const input = options.in ? fs.createReadStream(options.in) : process.stdin;
  const output = options.out ? fs.createWriteStream(options.out) : process.stdout;
  // A missing input file surfaces through the read loop; say which file it was.
  input.on('error', () => undefined);
  let report: JsonlStreamReport;
  try {
    report = await streamJsonLines(input, output, handle);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `no such file: ${options.in}` : (error as Error).message);
  }
  if (options.out) {
    output.end();
    await once(output, 'finish');
    console.error(
      `${verb} ${report.lines.toLocaleString('en-US')} lines into ${options.out}` +
        (report.errors > 0 ? ` (${report.errors.toLocaleString('en-US')} with an error)` : ''),
    );
  }
  return report;
}
