/**
 * Which comments the signed-in person is writing a reply to in this tab. The presence heartbeat
 * of the open comment reads it, so a reply composer only has to say "I am drafting" and the next
 * report (sent at once, then every 20 s) carries DRAFTING instead of VIEWING. Counted, because
 * two composers on one comment must both stop before the person counts as only viewing again.
 */
const draftingCounts = new Map<string, number>();
const listeners = new Set<(commentId: string) => void>();

/** Marks the person as drafting on `commentId`; call the returned function when they stop. */
export function beginDrafting(commentId: string): () => void {
  draftingCounts.set(commentId, (draftingCounts.get(commentId) ?? 0) + 1);
  listeners.forEach((listener) => listener(commentId));
  let ended = false;
  return () => {
    if (ended) {
      return;
    }
    ended = true;
    const left = (draftingCounts.get(commentId) ?? 1) - 1;
    if (left > 0) {
      draftingCounts.set(commentId, left);
    } else {
      draftingCounts.delete(commentId);
    }
    listeners.forEach((listener) => listener(commentId));
  };
}

export function isDraftingLocally(commentId: string): boolean {
  return (draftingCounts.get(commentId) ?? 0) > 0;
}

/** Told the comment id each time someone starts or stops drafting in this tab. */
export function onDraftingChange(listener: (commentId: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
