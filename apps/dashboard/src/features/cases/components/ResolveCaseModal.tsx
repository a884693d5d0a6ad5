import { MAX_CASE_NOTE_LENGTH } from '@bedside/domain';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';

import { describeError } from '../../../app/apollo-client';
import { useChangeCaseStatus } from '../hooks/useChangeCaseStatus';

export interface ResolveCaseModalProps {
  caseId: string;
  reference: string;
  onClose: () => void;
}

/** Resolving needs a note that says what was done: the server refuses a case without one. */
export function ResolveCaseModal({ caseId, reference, onClose }: ResolveCaseModalProps) {
  const [note, setNote] = useState('');
  const [touched, setTouched] = useState(false);
  const { changeStatus, isSaving, error } = useChangeCaseStatus();
  const isBlank = note.trim() === '';

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    setTouched(true);
    if (isBlank) {
      return;
    }
    if (await changeStatus({ id: caseId, status: 'RESOLVED', resolutionNote: note.trim() })) {
      onClose();
    }
  }

  return (
    <Modal opened onClose={onClose} title={`Resolve ${reference}`} size="lg" centered>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack gap="sm">
          <Textarea
            label="Resolution note"
            description="How was it resolved? Internal: the team and auditors read it, never the public."
            required
            rows={4}
            maxLength={MAX_CASE_NOTE_LENGTH}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            onBlur={() => setTouched(true)}
            error={touched && isBlank ? 'Write how the case was resolved.' : undefined}
            data-autofocus
          />
          {error ? (
            <Text size="sm" c="red" role="alert">
              The case was not resolved: {describeError(error).message}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={isSaving}>
              Resolve case
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
