import type { Mentionable } from '@bedside/domain';
import { Box, Group, Text } from '@mantine/core';

import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { AuthorAvatar } from '../../../ui/AuthorAvatar';
import { TimeAgo } from '../../../ui/TimeAgo';
import { splitNoteSegments } from '../utils/note-segments';
import { MentionText } from './MentionText';

export const NoteItemFragment = graphql(`
  fragment NoteItem_note on CommentNote {
    id
    authorId
    authorName
    body
    mentionedUserIds
    createdAt
  }
`);

export interface NoteItemProps {
  note: FragmentType<typeof NoteItemFragment>;
  /** Teammates, to find the mentions in the text the way the server did. */
  members: readonly Mentionable[];
  viewerId: string;
}

/** One internal note: who wrote it, when, and what, with mentions highlighted. */
export function NoteItem({ note: noteRef, members, viewerId }: NoteItemProps) {
  const note = getFragmentData(NoteItemFragment, noteRef);
  const segments = splitNoteSegments(note.body, members, note.mentionedUserIds);
  return (
    <Group
      component="li"
      gap="sm"
      wrap="nowrap"
      align="flex-start"
      aria-label={`Note by ${note.authorName}`}
    >
      <AuthorAvatar name={note.authorName} size={28} />
      <Box miw={0} style={{ flex: 1 }}>
        <Group gap={6} wrap="nowrap">
          <Text size="sm" fw={600} truncate="end">
            {note.authorName}
          </Text>
          <TimeAgo value={note.createdAt} />
        </Group>
        <MentionText segments={segments} viewerId={viewerId} />
      </Box>
    </Group>
  );
}
