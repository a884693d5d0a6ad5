import { findIdentifiers } from '../phi/find-identifiers';
import { findNames } from '../phi/find-names';
import { resolveOverlaps } from '../phi/phi-candidate';
import type { DetectedPhi, TriageContext, TriageDraft, TriageReasons } from '../triage.types';

const MAX_CUES = 3;

/**
 * Phase 2: finds PHI spans in the full text (never truncated: an identifier at character 40,000
 * is still an identifier). Offsets are UTF-16 indices into the original text, end exclusive,
 * covering the identifier without its label. Reasons name the cue, never the value.
 *
 * @example detectPhi(buildContext('My son Jake is in room 215'), {}).phi
 *   // -> [{type:'person_name', start:7, end:11, ...}, {type:'room_number', start:23, end:26, ...}]
 */
export function detectPhi(context: TriageContext): TriageDraft {
  const text = context.text;
  const lower = context.lower;
  const hits = context.patternHits;
  const kept = resolveOverlaps([
    ...findIdentifiers(text, lower, hits),
    ...findNames(text, lower, hits),
  ]);
  const phi: DetectedPhi[] = kept.map((candidate) => {
    const span: DetectedPhi = {
      type: candidate.type,
      start: candidate.start,
      end: candidate.end,
      cue: candidate.cue,
    };
    if (candidate.role !== undefined) {
      span.role = candidate.role;
    }
    return span;
  });
  const reasons: TriageReasons = {};
  for (const span of phi) {
    const cues = (reasons[span.type] ??= []);
    if (cues.length < MAX_CUES && !cues.includes(span.cue)) {
      cues.push(span.cue);
    }
  }
  return { phi, reasons };
}

/**
 * Lower-cases without changing length, so offsets found in the lower-cased copy are valid in the
 * original. (`'İ'.toLowerCase()` is two code units; such characters are left as they are.)
 *
 * @example lowerSameLength('İstanbul ROOM 5') // -> 'İstanbul room 5' (same length)
 */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) {
    return lower;
  }
  let result = '';
  for (const character of text) {
    const lowered = character.toLowerCase();
    result += lowered.length === character.length ? lowered : character;
  }
  return result;
}

/**
 * True when the spans expose a private person in a health-care context: any identifier other
 * than a name, or a name whose cue says patient, relative or the writer. Staff names alone and
 * names found without a cue do not count.
 *
 * @example isPhiExposure([{type:'person_name', start:0, end:5, role:'staff', cue:''}]) // -> false
 */
export function isPhiExposure(phi: readonly DetectedPhi[]): boolean {
  return phi.some((span) => span.type !== 'person_name' || span.role === 'private');
}
