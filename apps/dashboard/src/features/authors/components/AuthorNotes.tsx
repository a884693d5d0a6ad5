import { Box, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { type FormEvent, useId, useState } from 'react';

import { describeError } from '../../../app/apollo-client';
import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { TimeAgo } from '../../../ui/TimeAgo';
import { useAddAuthorNote } from '../hooks/useAddAuthorNote';

export const AuthorNotesFragment = graphql(`
  fragment AuthorNotes_author on AuthorProfile {
    id
    notes {
      id
      body
      writtenByName
      createdAt
    }
  }
`);

export interface AuthorNotesProps {
  author: FragmentType<typeof AuthorNotesFragment>;
  commentId: string;
}

/** The team's notes about the person, oldest first, and a box to add one. */
export function AuthorNotes({ author: authorRef, commentId }: AuthorNotesProps) {
  const author = getFragmentData(AuthorNotesFragment, authorRef);
  const [body, setBody] = useState('');
  const { addNote, isAdding, error } = useAddAuthorNote(commentId);
  const titleId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() && (await addNote(body))) {
      setBody('');
    }
  };

  return (
    <Box component="section" aria-labelledby={titleId}>
      <Group justify="space-between" mb={6} wrap="nowrap">
        <Text id={titleId} size="xs" fw={600} c="dimmed" tt="uppercase">
          Team notes{author.notes.length > 0 ? ` (${author.notes.length})` : ''}
        </Text>
        <Group gap={4} wrap="nowrap">
          <IconLock size={13} color="var(--mantine-color-dimmed)" aria-hidden />
          <Text size="xs" c="dimmed">
            Team only
          </Text>
        </Group>
      </Group>
      <Stack gap="sm">
        {author.notes.length === 0 ? (
          <Text size="sm" c="dimmed">
            No notes about this person yet.
          </Text>
        ) : (
          <Stack component="ol" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
            {author.notes.map((note) => (
              <Box component="li" key={note.id} aria-label={`Note by ${note.writtenByName}`}>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {note.body}
                </Text>
                <Group gap={4}>
                  <Text size="xs" c="dimmed">
                    {note.writtenByName}
                  </Text>
                  <TimeAgo value={note.createdAt} />
                </Group>
              </Box>
            ))}
          </Stack>
        )}
        <form onSubmit={(event) => void submit(event)}>
          <Stack gap={6}>
            <Textarea
              label="Add a note about this person"
              description="How they interact with the page. Never their health or care."
              value={body}
              onChange={(event) => setBody(event.currentTarget.value)}
              rows={3}
              maxLength={2000}
            />
            {error ? (
              <Text size="xs" c="red" role="alert">
                The note was not added: {describeError(error).message}
              </Text>
            ) : null}
            <Group justify="flex-end">
              <Button type="submit" size="xs" loading={isAdding} disabled={!body.trim()}>
                Add note
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Box>
  );
}
