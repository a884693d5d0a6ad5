export * from './detect-format';
export type { ImportFormat, ImportRow, ReadRowsOptions } from './import-row';
export * from './read-rows';
export * from './to-raw-comment-input';
