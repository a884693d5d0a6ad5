import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import * as reports from './index';

const SOURCE_DIR = fileURLToPath(new URL('.', import.meta.url));

/** The library's own (non-spec, non-test-helper) source files. */
function librarySources(): { file: string; text: string }[] {
  return readdirSync(SOURCE_DIR)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
    .map((file) => ({ file, text: readFileSync(join(SOURCE_DIR, file), 'utf8') }));
}

describe('@bedside/reports', () => {
  it('exports the report helpers', () => {
    const functions = [
      'resolveRange',
      'rangeProblem',
      'bucketStart',
      'bucketsBetween',
      'hourKey',
      'dayKey',
      'durationBucket',
      'emptyHistogram',
      'addToHistogram',
      'mergeHistograms',
      'percentileFromHistogram',
      'extractTerms',
      'isReportableTerm',
      'risingThemes',
      'topThemes',
      'detectSpike',
      'negativeShareSpike',
      'validateSpikeSettings',
      'seasonalBaseline',
      'shares',
      'changeVsPrevious',
      'slaCompliance',
      'fillSeries',
      'toCsv',
    ];
    for (const name of functions) {
      expect(typeof (reports as Record<string, unknown>)[name]).toBe('function');
    }
    expect(reports.DEFAULT_SPIKE_SETTINGS).toEqual({ multiplier: 3, minCount: 10, minIncrease: 8 });
    expect(Array.isArray(reports.DURATION_BUCKETS_MS)).toBe(true);
  });

  it('imports nothing but its own files and @bedside/domain', () => {
    for (const { file, text } of librarySources()) {
      const specifiers = [...text.matchAll(/\bfrom\s+'([^']+)'/g)].map((match) => match[1]);
      for (const specifier of specifiers) {
        expect([file, specifier.startsWith('./') || specifier === '@bedside/domain']).toEqual([
          file,
          true,
        ]);
      }
      expect([file, /\brequire\(|\bimport\(/.test(text)]).toEqual([file, false]);
    }
  });

  it('uses no Node-only APIs, so it runs in the browser too', () => {
    const nodeOnly = /\b(process|Buffer|__dirname|__filename|global|setImmediate)\b\s*[.([]/;
    for (const { file, text } of librarySources()) {
      expect([file, nodeOnly.test(text)]).toEqual([file, false]);
    }
  });
});
