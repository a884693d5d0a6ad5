import type { PhiType } from '@bedside/domain';

import type { PersonRole } from '../triage.types';

/** A possible PHI span before overlaps are resolved. Higher priority wins an overlap. */
export interface PhiCandidate {
  type: PhiType;
  start: number;
  end: number;
  priority: number;
  cue: string;
  role?: PersonRole;
}

/**
 * Keeps the best candidate of every group of overlapping ones: higher priority first, then the
 * longer span. Returns spans sorted by start.
 *
 * @example resolveOverlaps([{type:'phone',start:0,end:8,...}, {type:'date',start:0,end:4,...}]) // -> the phone
 */
export function resolveOverlaps(candidates: readonly PhiCandidate[]): PhiCandidate[] {
  // Most comments have no candidate or one, and one cannot overlap anything.
  if (candidates.length <= 1) {
    return candidates.filter((candidate) => candidate.end > candidate.start);
  }
  const ranked = [...candidates].sort(
    (left, right) =>
      right.priority - left.priority ||
      right.end - right.start - (left.end - left.start) ||
      left.start - right.start,
  );
  // One flag per character taken: checking a candidate costs its own length, not the number of
  // spans kept so far, so thousands of names in a junk paste stay linear.
  const end = candidates.reduce((maximum, candidate) => Math.max(maximum, candidate.end), 0);
  const taken = new Uint8Array(end);
  const kept: PhiCandidate[] = [];
  for (const candidate of ranked) {
    if (candidate.end <= candidate.start) {
      continue;
    }
    let isFree = true;
    for (let index = candidate.start; index < candidate.end && isFree; index++) {
      isFree = taken[index] === 0;
    }
    if (isFree) {
      taken.fill(1, candidate.start, candidate.end);
      kept.push(candidate);
    }
  }
  return kept.sort((left, right) => left.start - right.start);
}
