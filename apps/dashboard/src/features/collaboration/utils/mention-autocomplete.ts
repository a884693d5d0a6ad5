import type { Mentionable } from '@bedside/domain';

/** The "@query" being typed at the caret: where its "@" is and the letters after it. */
export interface ActiveMention {
  start: number;
  query: string;
}

/** Same rule as the server's parser: an "@" right after a letter is an e-mail address. */
const WORD_CHAR = /[\p{L}\p{N}_]/u;
/** Longer than any display name: past this the person is writing, not picking someone. */
const MAX_QUERY_LENGTH = 40;
export const MAX_SUGGESTIONS = 6;

/**
 * The mention being typed at `caret`, or null. A query may hold spaces ("@Dana Wh"), since full
 * names do; whether anyone still matches decides if suggestions stay open.
 */
export function findActiveMention(text: string, caret: number): ActiveMention | null {
  const before = text.slice(0, caret);
  const start = before.lastIndexOf('@');
  if (start === -1 || (start > 0 && WORD_CHAR.test(before[start - 1]))) {
    return null;
  }
  const query = before.slice(start + 1);
  if (query.length > MAX_QUERY_LENGTH || /^\s/u.test(query) || /[\n\r]/u.test(query)) {
    return null;
  }
  return { start, query };
}

/**
 * Teammates whose name, or any word of it, starts with the query (case-insensitive): full-name
 * matches first, then by name. "@" alone lists everyone.
 */
export function suggestMembers<Member extends Mentionable>(
  members: readonly Member[],
  query: string,
  limit = MAX_SUGGESTIONS,
): Member[] {
  const wanted = query.toLowerCase();
  const scored = members.flatMap((member) => {
    const name = member.displayName.toLowerCase();
    if (name.startsWith(wanted)) {
      return [{ member, rank: 0 }];
    }
    const words = name.split(/\s+/u);
    return words.some((word) => word.startsWith(wanted)) ? [{ member, rank: 1 }] : [];
  });
  return scored
    .sort(
      (a, b) => a.rank - b.rank || a.member.displayName.localeCompare(b.member.displayName, 'en'),
    )
    .slice(0, limit)
    .map(({ member }) => member);
}

/**
 * Replaces the "@query" between the mention's start and the caret with "@Full Name " and says
 * where the caret goes: after the space, ready for the next word.
 */
export function insertMention(
  text: string,
  mention: ActiveMention,
  caret: number,
  displayName: string,
): { text: string; caret: number } {
  const inserted = `@${displayName} `;
  const after = text.slice(caret).replace(/^ /u, '');
  return {
    text: `${text.slice(0, mention.start)}${inserted}${after}`,
    caret: mention.start + inserted.length,
  };
}
