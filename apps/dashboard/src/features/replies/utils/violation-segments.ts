/** A finding as the editor shows it: where it is in the text and how bad it is. */
export interface MarkedRange {
  start: number;
  end: number;
  severity: 'block' | 'warn';
}

export interface TextSegment {
  start: number;
  text: string;
  /** The worst severity covering this piece; null for unmarked text. */
  severity: 'block' | 'warn' | null;
}

/**
 * Cuts `text` into pieces at every range boundary, so overlapping findings never nest marks.
 * Ranges outside the text or empty are ignored (a "missing" finding has no place in the text).
 */
export function splitViolationSegments(
  text: string,
  ranges: readonly MarkedRange[],
): TextSegment[] {
  const valid = ranges.filter((range) => range.end > range.start && range.start < text.length);
  if (valid.length === 0) {
    return text === '' ? [] : [{ start: 0, text, severity: null }];
  }
  const cuts = new Set<number>([0, text.length]);
  for (const range of valid) {
    cuts.add(Math.max(0, range.start));
    cuts.add(Math.min(text.length, range.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let index = 0; index < points.length - 1; index++) {
    const start = points[index];
    const end = points[index + 1];
    let severity: TextSegment['severity'] = null;
    for (const range of valid) {
      if (range.start <= start && range.end >= end) {
        severity = range.severity === 'block' || severity === 'block' ? 'block' : 'warn';
      }
    }
    const previous = segments.at(-1);
    if (previous && previous.severity === severity) {
      previous.text += text.slice(start, end);
    } else {
      segments.push({ start, text: text.slice(start, end), severity });
    }
  }
  return segments;
}
