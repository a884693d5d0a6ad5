import { MAX_CASE_NOTE_LENGTH } from '@bedside/domain';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';

import { describeError } from '../../../app/apollo-client';
import { useAddCaseNote } from '../hooks/useAddCaseNote';

export interface CaseNoteFormProps {
  caseId: string;
}

/** An internal note for the case timeline. */
export function CaseNoteForm({ caseId }: CaseNoteFormProps) {
  const [text, setText] = useState('');
  const { addNote, isSaving, error } = useAddCaseNote();

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (text.trim() && (await addNote(caseId, text.trim()))) {
      setText('');
    }
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} aria-label="Add a note" noValidate>
      <Stack gap="xs">
        <Textarea
          label="Add a note"
          description="Internal: only the team sees it."
          placeholder="What happened, what is next…"
          rows={3}
          maxLength={MAX_CASE_NOTE_LENGTH}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
        />
        {error ? (
          <Text size="sm" c="red" role="alert">
            The note was not saved: {describeError(error).message}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={isSaving} disabled={!text.trim()}>
            Add note
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
