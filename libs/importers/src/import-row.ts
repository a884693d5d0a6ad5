/** The file formats an import can be read from. */
export type ImportFormat = 'json' | 'jsonl' | 'csv';

/**
 * One row of an import file: its parsed record, or why it could not be read. `line` is the
 * 1-based line of the file where the row starts, so a reviewer can find it in an editor.
 */
export type ImportRow =
  { line: number; value: Record<string, unknown> } | { line: number; error: string };

export interface ReadRowsOptions {
  /**
   * Longest row, in characters, kept in memory while it is being read. A longer row is reported
   * as an error instead of being buffered, so one broken quote cannot pull the rest of a large
   * file into memory.
   */
  maxRowLength?: number;
}

export const DEFAULT_MAX_ROW_LENGTH = 1_000_000;
