import { type ImportFormat } from './import-row';

const FORMAT_BY_EXTENSION: Record<string, ImportFormat> = {
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  csv: 'csv',
};

/**
 * Picks the import format from the file name's extension (`.json`, `.jsonl`, `.ndjson`, `.csv`,
 * any case), else sniffs the first non-blank character of `head`, the first bytes of the file
 * decoded as text: `[` means a JSON array, `{` JSON Lines, anything else CSV. For example
 * `detectFormat('export.txt', '\uFEFF  {"id":"fb_1"}\n')` returns `'jsonl'`.
 */
export function detectFormat(fileName: string, head: string): ImportFormat {
  const extension = /\.([a-z]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  const byExtension = extension === undefined ? undefined : FORMAT_BY_EXTENSION[extension];
  if (byExtension !== undefined) {
    return byExtension;
  }
  const first = /[^\s\uFEFF]/.exec(head)?.[0];
  if (first === '[') {
    return 'json';
  }
  return first === '{' ? 'jsonl' : 'csv';
}
