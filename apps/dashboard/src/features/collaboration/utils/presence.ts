import type { PresenceActivity } from '../../../gql/graphql';

export interface PresencePerson {
  userId: string;
  displayName: string;
  activity: PresenceActivity;
}

/** Everyone on the comment but the viewer (who may have it open in several tabs). */
export function othersOnComment<Entry extends PresencePerson>(
  entries: readonly Entry[],
  viewerId: string,
): Entry[] {
  return entries.filter((entry) => entry.userId !== viewerId && entry.activity !== 'LEFT');
}

/** "Dana Whitfield is viewing", "Dana Whitfield is drafting a reply". */
export function describePresence(entry: PresencePerson): string {
  return entry.activity === 'DRAFTING'
    ? `${entry.displayName} is drafting a reply`
    : `${entry.displayName} is viewing`;
}

/** "Dana", "Dana and Sam", "Dana, Sam and Priya". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) {
    return names[0] ?? '';
  }
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export interface DoubleReplyContext {
  /** Everyone on the comment now, the viewer included or not. */
  presence: readonly PresencePerson[];
  assignee: { id: string; displayName: string } | null;
  viewerId: string;
}

/**
 * Why replying now may answer the patient twice, or null when nothing suggests it. Someone
 * drafting outweighs an assignment: they are writing at this very moment.
 */
export function doubleReplyWarning({
  presence,
  assignee,
  viewerId,
}: DoubleReplyContext): string | null {
  const drafters = othersOnComment(presence, viewerId).filter(
    (entry) => entry.activity === 'DRAFTING',
  );
  if (drafters.length === 1) {
    return `${drafters[0].displayName} is already drafting a reply to this comment. Reply anyway?`;
  }
  if (drafters.length > 1) {
    const names = joinNames(drafters.map((entry) => entry.displayName));
    return `${names} are already drafting replies to this comment. Reply anyway?`;
  }
  if (assignee && assignee.id !== viewerId) {
    return `This comment is assigned to ${assignee.displayName}. Reply anyway?`;
  }
  return null;
}
