/** A run of comment text, flagged with its PHI type when it lies inside a PHI span. */
export interface TextSegment<PhiKind extends string> {
  text: string;
  /** UTF-16 offset of the segment's first character in the whole text. */
  start: number;
  phi: PhiKind | null;
}

export interface PhiSpanLike<PhiKind extends string> {
  start: number;
  end: number;
  type: PhiKind;
}

/**
 * Cuts `text` into plain and PHI segments. Span offsets are UTF-16 code units, end exclusive, the
 * same unit as JavaScript string indexes, so `slice` lands on the right characters even after an
 * emoji. Spans are sorted, clamped to the text and trimmed where they overlap an earlier span, so
 * a bad span can never duplicate or drop text.
 *
 * @example splitPhiSegments('Call 555-0100', [{ start: 5, end: 13, type: 'PHONE' }])
 *   // [{ text: 'Call ', start: 0, phi: null }, { text: '555-0100', start: 5, phi: 'PHONE' }]
 */
export function splitPhiSegments<PhiKind extends string>(
  text: string,
  spans: ReadonlyArray<PhiSpanLike<PhiKind>>,
): Array<TextSegment<PhiKind>> {
  const ordered = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Array<TextSegment<PhiKind>> = [];
  let cursor = 0;
  for (const span of ordered) {
    const start = Math.max(cursor, Math.min(span.start, text.length));
    const end = Math.min(Math.max(span.end, 0), text.length);
    if (end <= start) {
      continue;
    }
    if (start > cursor) {
      segments.push({ text: text.slice(cursor, start), start: cursor, phi: null });
    }
    segments.push({ text: text.slice(start, end), start, phi: span.type });
    cursor = end;
  }
  if (cursor < text.length) {
    segments.push({ text: text.slice(cursor), start: cursor, phi: null });
  }
  return segments;
}
