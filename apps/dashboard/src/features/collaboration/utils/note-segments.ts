import { findMentions, type Mentionable } from '@bedside/domain';

export interface NoteSegment {
  text: string;
  /** The team member this piece mentions; absent for plain text. */
  userId?: string;
}

/**
 * A note cut into plain text and @mentions, found by the same parser the server notifies with.
 * Only mentions the server recorded count (a name that matched nobody when the note was written
 * stays plain, even if such a teammate joined later).
 */
export function splitNoteSegments(
  body: string,
  members: readonly Mentionable[],
  mentionedUserIds: readonly string[],
): NoteSegment[] {
  const recorded = new Set(mentionedUserIds);
  const segments: NoteSegment[] = [];
  let at = 0;
  for (const mention of findMentions(body, members)) {
    if (!recorded.has(mention.userId)) {
      continue;
    }
    if (mention.start > at) {
      segments.push({ text: body.slice(at, mention.start) });
    }
    segments.push({ text: body.slice(mention.start, mention.end), userId: mention.userId });
    at = mention.end;
  }
  if (at < body.length) {
    segments.push({ text: body.slice(at) });
  }
  return segments;
}
