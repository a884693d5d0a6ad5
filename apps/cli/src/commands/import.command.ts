import * as fs from 'node:fs';
import * as path from 'node:path';

import { normalizeChannelKind, type RawCommentInput } from '@bedside/domain';
import { detectFormat, type ImportFormat, readRows, toRawCommentInput } from '@bedside/importers';
import { IngestService } from '@bedside/server';
import { SingleBar } from 'cli-progress';
import { type Command, Option } from 'commander';

import { withServices } from '../context';

export interface ImportRejection {
  line: number;
  externalId: string | null;
  message: string;
}

export interface ImportReport {
  file: string;
  format: ImportFormat;
  rows: number;
  accepted: number;
  updated: number;
  duplicates: number;
  rejected: ImportRejection[];
}

interface ImportOptions {
  format?: ImportFormat;
  channel?: string;
  batchSize: number;
  json?: boolean;
  progress: boolean;
}

const PRINTED_REJECTIONS = 50;

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description(
      'Import comments from a JSON array, JSONL or CSV (header row) file; bad rows are reported by line, the rest stored.',
    )
    .argument('<file>', 'file to import')
    .addOption(
      new Option(
        '--format <format>',
        'file format (default: from the extension, else sniffed)',
      ).choices(['json', 'jsonl', 'csv']),
    )
    .option(
      '--channel <kind>',
      'channel for rows that name none (facebook, instagram, x, youtube, google_review, blog, import)',
    )
    .option(
      '--batch-size <n>',
      'rows stored per transaction',
      (value) => Number.parseInt(value, 10),
      500,
    )
    .option('--json', 'print the report as JSON')
    .option('--no-progress', 'no progress bar')
    .action(async (file: string, options: ImportOptions) => {
      const report = await importFile(file, options);
      printReport(report, options.json ?? false);
    });
}

async function* countingChunks(
  stream: fs.ReadStream,
  onBytes: (bytes: number) => void,
): AsyncGenerator<Buffer> {
  for await (const chunk of stream) {
    const buffer = chunk as Buffer;
    onBytes(buffer.length);
    yield buffer;
  }
}

function readHead(file: string): string {
  const descriptor = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    const length = fs.readSync(descriptor, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, length).toString('utf8');
  } finally {
    fs.closeSync(descriptor);
  }
}

/**
 * Streams the file through the same ingestion service as the API, a batch at a time, so a file
 * of any size is imported in bounded memory.
 */
export async function importFile(file: string, options: ImportOptions): Promise<ImportReport> {
  const resolved = path.resolve(file);
  if (!fs.existsSync(resolved) || !fs.statSync(resolved).isFile()) {
    throw new Error(`no such file: ${file}`);
  }
  const defaultChannel = options.channel ? normalizeChannelKind(options.channel) : null;
  if (options.channel && !defaultChannel) {
    throw new Error(`unknown channel "${options.channel}"`);
  }
  if (!Number.isInteger(options.batchSize) || options.batchSize < 1 || options.batchSize > 10_000) {
    throw new Error('--batch-size must be between 1 and 10000');
  }
  const format = options.format ?? detectFormat(resolved, readHead(resolved));
  const size = fs.statSync(resolved).size;
  const report: ImportReport = {
    file,
    format,
    rows: 0,
    accepted: 0,
    updated: 0,
    duplicates: 0,
    rejected: [],
  };
  const bar =
    options.progress && process.stderr.isTTY
      ? new SingleBar({
          format: 'Importing |{bar}| {percentage}% · {rows} rows · {eta_formatted} left',
          stream: process.stderr,
          hideCursor: true,
        })
      : null;
  bar?.start(size, 0, { rows: 0 });
  let bytes = 0;

  await withServices(async (context) => {
    const ingest = context.get(IngestService);
    let batch: RawCommentInput[] = [];
    let lines: number[] = [];
    const flush = async (): Promise<void> => {
      if (batch.length === 0) {
        return;
      }
      const result = await ingest.ingest(batch, { now: new Date() });
      report.accepted += result.accepted;
      report.updated += result.updated;
      report.duplicates += result.duplicates;
      for (const rejection of result.rejected) {
        report.rejected.push({
          line: lines[rejection.index],
          externalId: rejection.externalId,
          message: rejection.message,
        });
      }
      batch = [];
      lines = [];
      bar?.update(bytes, { rows: report.rows });
    };
    const chunks = countingChunks(fs.createReadStream(resolved), (count) => {
      bytes += count;
    });
    for await (const row of readRows(chunks, format)) {
      report.rows += 1;
      if ('error' in row) {
        report.rejected.push({ line: row.line, externalId: null, message: row.error });
        continue;
      }
      const input = toRawCommentInput(row.value);
      if (
        defaultChannel &&
        (input.channel === undefined || input.channel === null || input.channel === '')
      ) {
        input.channel = defaultChannel;
      }
      batch.push(input);
      lines.push(row.line);
      if (batch.length >= options.batchSize) {
        await flush();
      }
    }
    await flush();
  });
  bar?.update(size, { rows: report.rows });
  bar?.stop();
  report.rejected.sort((a, b) => a.line - b.line);
  return report;
}

function printReport(report: ImportReport, json: boolean): void {
  if (json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  const number = (value: number) => value.toLocaleString('en-US');
  console.log(
    `Imported ${report.file} (${report.format}): ${number(report.rows)} rows — ${number(report.accepted)} accepted, ` +
      `${number(report.updated)} updated, ${number(report.duplicates)} duplicates, ${number(report.rejected.length)} rejected`,
  );
  for (const rejection of report.rejected.slice(0, PRINTED_REJECTIONS)) {
    const id = rejection.externalId ? ` (${rejection.externalId})` : '';
    console.log(`  line ${number(rejection.line)}${id}: ${rejection.message}`);
  }
  if (report.rejected.length > PRINTED_REJECTIONS) {
    console.log(
      `  … and ${number(report.rejected.length - PRINTED_REJECTIONS)} more (use --json to see all)`,
    );
  }
}
