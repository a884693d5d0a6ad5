import {
  CASE_CATEGORIES,
  CASE_CATEGORY_LABELS,
  CASE_TEAM_LABELS,
  CASE_TEAMS,
  type CaseCategory,
  type CaseSuggestion,
  type CaseTeam,
  MAX_CASE_NOTE_LENGTH,
  MAX_CASE_TITLE_LENGTH,
} from '@bedside/domain';
import { Button, Group, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';

import { describeError } from '../../../app/apollo-client';
import { toGraphqlValue } from '../../../ui/vocabulary';
import { type EscalatedCase, useEscalateComment } from '../hooks/useEscalateComment';
import { AssigneeSelect } from './AssigneeSelect';

const CATEGORY_OPTIONS = CASE_CATEGORIES.map((value) => ({
  value,
  label: CASE_CATEGORY_LABELS[value],
}));
const TEAM_OPTIONS = CASE_TEAMS.map((value) => ({ value, label: CASE_TEAM_LABELS[value] }));

export interface NewCaseFormProps {
  commentId: string;
  suggestion: CaseSuggestion;
  onCancel: () => void;
  onDone: (escalated: EscalatedCase) => void;
}

/** Category, team, assignee, title and a first internal note for a new case. */
export function NewCaseForm({ commentId, suggestion, onCancel, onDone }: NewCaseFormProps) {
  const [category, setCategory] = useState<CaseCategory>(suggestion.category);
  const [team, setTeam] = useState<CaseTeam>(suggestion.team);
  const [assigneeId, setAssigneeId] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  const { openCase, isSaving, error } = useEscalateComment();

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const escalated = await openCase({
      commentIds: [commentId],
      category: toGraphqlValue(category),
      team: toGraphqlValue(team),
      assigneeId,
      title: title.trim() || null,
      note: note.trim() || null,
    });
    if (escalated) {
      onDone(escalated);
    }
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} aria-label="New case" noValidate>
      <Stack gap="sm">
        <Group grow align="flex-start">
          <Select
            label="Category"
            description="Suggested from the triage"
            data={CATEGORY_OPTIONS}
            value={category}
            onChange={(value) => value && setCategory(value)}
            allowDeselect={false}
            data-autofocus
          />
          <Select
            label="Team"
            description="Who owns the case"
            data={TEAM_OPTIONS}
            value={team}
            onChange={(value) => value && setTeam(value)}
            allowDeselect={false}
          />
        </Group>
        <AssigneeSelect value={assigneeId} onChange={setAssigneeId} />
        <TextInput
          label="Title"
          description="Optional: the category and channel when left empty"
          maxLength={MAX_CASE_TITLE_LENGTH}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
        />
        <Textarea
          label="Note for the team"
          description="Internal: never posted. Say what the person needs."
          rows={3}
          maxLength={MAX_CASE_NOTE_LENGTH}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        {error ? (
          <Text size="sm" c="red" role="alert">
            The case was not opened: {describeError(error).message}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={isSaving}>
            Open case
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
