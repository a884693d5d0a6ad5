/** What a team member is doing on a comment. */
export type PresenceActivity = 'viewing' | 'drafting';

export interface PresenceEntry {
  userId: string;
  displayName: string;
  activity: PresenceActivity;
  /** When they started this activity. */
  since: Date;
  /** When the entry lapses unless renewed. */
  expiresAt: Date;
}

/**
 * Who is on which comment, kept in memory: presence is a few seconds old at most and worthless
 * after a restart. Entries lapse unless the dashboard renews them (a closed laptop leaves no
 * ghost). Pure: the caller passes the time.
 */
export class PresenceBoard {
  private readonly byComment = new Map<string, Map<string, PresenceEntry>>();

  constructor(private readonly ttlMs: number) {}

  /** Records or renews an activity; true when what others see changed. */
  report(
    commentId: string,
    person: { userId: string; displayName: string },
    activity: PresenceActivity | null,
    now: Date,
  ): boolean {
    const entries = this.byComment.get(commentId) ?? new Map<string, PresenceEntry>();
    const current = entries.get(person.userId);
    if (activity === null) {
      const removed = entries.delete(person.userId);
      this.store(commentId, entries);
      return removed;
    }
    const expiresAt = new Date(now.getTime() + this.ttlMs);
    const changed = !current || current.activity !== activity;
    entries.set(person.userId, {
      userId: person.userId,
      displayName: person.displayName,
      activity,
      since: changed ? now : current.since,
      expiresAt,
    });
    this.store(commentId, entries);
    return changed;
  }

  /** Everyone on a comment now, drafting first, then by arrival. */
  list(commentId: string, now: Date): PresenceEntry[] {
    return [...(this.byComment.get(commentId)?.values() ?? [])]
      .filter((entry) => entry.expiresAt > now)
      .sort(
        (a, b) =>
          Number(b.activity === 'drafting') - Number(a.activity === 'drafting') ||
          a.since.getTime() - b.since.getTime(),
      );
  }

  /** Drops lapsed entries; returns the comments whose presence changed. */
  sweep(now: Date): string[] {
    const changed: string[] = [];
    for (const [commentId, entries] of this.byComment) {
      for (const [userId, entry] of entries) {
        if (entry.expiresAt <= now) {
          entries.delete(userId);
          if (!changed.includes(commentId)) {
            changed.push(commentId);
          }
        }
      }
      this.store(commentId, entries);
    }
    return changed;
  }

  private store(commentId: string, entries: Map<string, PresenceEntry>): void {
    if (entries.size === 0) {
      this.byComment.delete(commentId);
    } else {
      this.byComment.set(commentId, entries);
    }
  }
}
