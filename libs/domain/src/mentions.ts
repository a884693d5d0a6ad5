/** A team member as mentions see them. */
export interface Mentionable {
  id: string;
  displayName: string;
}

export interface MentionMatch {
  userId: string;
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * The @mentions in a note: `@Dana Whitfield` (the full display name) or `@Dana` (a first name that
 * only one member has), case-insensitive, ending at a word boundary. The longest name wins, so
 * "@Dana Whitfield" is Dana Whitfield even when a "Dana" exists too. Linear in the text length
 * times the number of members.
 */
export function findMentions(text: string, members: readonly Mentionable[]): MentionMatch[] {
  const firstNameCounts = new Map<string, number>();
  for (const member of members) {
    const first = firstWord(member.displayName);
    firstNameCounts.set(first, (firstNameCounts.get(first) ?? 0) + 1);
  }
  const handles: { handle: string; userId: string }[] = [];
  for (const member of members) {
    const full = member.displayName.trim().toLowerCase();
    if (full) {
      handles.push({ handle: full, userId: member.id });
    }
    const first = firstWord(member.displayName);
    if (first && first !== full && firstNameCounts.get(first) === 1) {
      handles.push({ handle: first, userId: member.id });
    }
  }
  handles.sort((a, b) => b.handle.length - a.handle.length);
  const lower = text.toLowerCase();
  const matches: MentionMatch[] = [];
  for (let at = lower.indexOf('@'); at !== -1; at = lower.indexOf('@', at + 1)) {
    if (at > 0 && WORD_CHAR.test(lower[at - 1])) {
      continue; // an e-mail address, not a mention
    }
    const found = handles.find(
      ({ handle }) =>
        lower.startsWith(handle, at + 1) && !WORD_CHAR.test(lower[at + 1 + handle.length] ?? ''),
    );
    if (found) {
      matches.push({ userId: found.userId, start: at, end: at + 1 + found.handle.length });
      at += found.handle.length;
    }
  }
  return matches;
}

/** The distinct members mentioned, in order of first mention. */
export function mentionedUserIds(text: string, members: readonly Mentionable[]): string[] {
  return [...new Set(findMentions(text, members).map((match) => match.userId))];
}

function firstWord(name: string): string {
  return name.trim().split(/\s+/u)[0]?.toLowerCase() ?? '';
}
