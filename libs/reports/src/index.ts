export type { CsvColumn, CsvOptions } from './csv';
export { csvCell, toCsv, UTF8_BOM } from './csv';
export type { DurationHistogram } from './histogram';
export {
  addToHistogram,
  DURATION_BUCKET_COUNT,
  DURATION_BUCKETS_MS,
  durationBucket,
  durationBucketBounds,
  emptyHistogram,
  histogramOf,
  histogramTotal,
  mergeHistograms,
  percentileFromHistogram,
  shareWithin,
} from './histogram';
export type { Change, SeriesPoint } from './measures';
export { changeVsPrevious, fillSeries, shares, slaCompliance } from './measures';
export type { DateRange, Granularity, RangeInput, ResolvedRange } from './periods';
export {
  bucketKey,
  bucketKeyToDate,
  bucketsBetween,
  bucketStart,
  DAY_MS,
  dayKey,
  HOUR_MS,
  hourKey,
  MAX_HOURLY_RANGE_HOURS,
  MAX_RANGE_DAYS,
  rangeProblem,
  resolveRange,
} from './periods';
export type {
  NegativeShareResult,
  NegativeShareSettings,
  ShareCounts,
  SpikeInput,
  SpikeOptions,
  SpikeResult,
  SpikeSettings,
} from './spike';
export {
  DEFAULT_NEGATIVE_SHARE_SETTINGS,
  DEFAULT_SPIKE_SETTINGS,
  detectSpike,
  MIN_BASELINE_HOURS,
  negativeShareSpike,
  resolveSpikeSettings,
  seasonalBaseline,
  validateSpikeSettings,
} from './spike';
export type { ExtractTermsOptions, TextSpan } from './terms';
export {
  extractTerms,
  isReportableTerm,
  MAX_TERMS_PER_COMMENT,
  MAX_WORD_LENGTH,
  MIN_WORD_LENGTH,
  STOPWORDS,
} from './terms';
export type { RisingTheme, ThemeComparison, ThemeCounts, ThemeOptions, TopTheme } from './themes';
export { DEFAULT_MIN_THEME_COUNT, DEFAULT_THEME_LIMIT, risingThemes, topThemes } from './themes';
