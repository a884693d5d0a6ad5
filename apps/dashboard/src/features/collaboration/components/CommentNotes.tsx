import { Box, Group, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useId } from 'react';

import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { useViewer } from '../../session/ViewerContext';
import { useTeamMembers } from '../hooks/useTeamMembers';
import { NoteComposer } from './NoteComposer';
import { NoteItem } from './NoteItem';

export const CommentNotesFragment = graphql(`
  fragment CommentNotes_comment on Comment {
    id
    notes {
      id
      ...NoteItem_note
    }
  }
`);

export interface CommentNotesProps {
  comment: FragmentType<typeof CommentNotesFragment>;
}

/** The team's internal notes on the open comment, oldest first, and a box to add one. */
export function CommentNotes({ comment: commentRef }: CommentNotesProps) {
  const comment = getFragmentData(CommentNotesFragment, commentRef);
  const viewer = useViewer();
  const { members } = useTeamMembers();
  const titleId = useId();

  return (
    <Box component="section" aria-labelledby={titleId}>
      <Group justify="space-between" gap="xs" mb={8} wrap="nowrap">
        <Text id={titleId} size="xs" fw={600} c="dimmed" tt="uppercase">
          Internal notes{comment.notes.length > 0 ? ` (${comment.notes.length})` : ''}
        </Text>
        <Group gap={4} wrap="nowrap">
          <IconLock size={13} color="var(--mantine-color-dimmed)" aria-hidden />
          <Text size="xs" c="dimmed">
            Visible to your team only — never posted
          </Text>
        </Group>
      </Group>
      <Stack gap="sm">
        {comment.notes.length === 0 ? (
          <Text size="sm" c="dimmed">
            No notes yet. Leave context for your teammates, or @mention someone to ask for help.
          </Text>
        ) : (
          <Stack component="ol" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
            {comment.notes.map((note) => (
              <NoteItem key={note.id} note={note} members={members} viewerId={viewer.id} />
            ))}
          </Stack>
        )}
        <NoteComposer commentId={comment.id} />
      </Stack>
    </Box>
  );
}
