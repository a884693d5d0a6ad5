import { useQuery } from '@apollo/client/react';
import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';

import { describeError } from '../../../app/apollo-client';
import { OpenCaseOptionsQuery } from '../graphql/open-case-options.query';
import { type EscalatedCase, useEscalateComment } from '../hooks/useEscalateComment';

export interface LinkToCaseFormProps {
  commentId: string;
  onCancel: () => void;
  onDone: (escalated: EscalatedCase) => void;
}

/** Adds the comment to a case still being worked on. */
export function LinkToCaseForm({ commentId, onCancel, onDone }: LinkToCaseFormProps) {
  const [caseId, setCaseId] = useState<string | null>(null);
  const {
    data,
    loading,
    error: loadError,
  } = useQuery(OpenCaseOptionsQuery, {
    fetchPolicy: 'network-only',
  });
  const { addToCase, isSaving, error } = useEscalateComment();
  const options = (data?.cases.edges ?? []).map(({ node }) => ({
    value: node.id,
    label: `${node.reference} · ${node.title}`,
  }));

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (!caseId) {
      return;
    }
    const escalated = await addToCase({ caseId, commentId });
    if (escalated) {
      onDone(escalated);
    }
  }

  let hint: string | undefined;
  if (loadError) {
    hint = 'Could not load the open cases';
  } else if (data && options.length === 0) {
    hint = 'There are no open cases: open a new one instead.';
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} aria-label="Add to an open case" noValidate>
      <Stack gap="sm">
        <Select
          label="Case"
          placeholder={loading ? 'Loading cases…' : 'Pick a case by number or title'}
          data={options}
          value={caseId}
          onChange={setCaseId}
          searchable
          nothingFoundMessage="No open case matches"
          error={hint}
          data-autofocus
        />
        {error ? (
          <Text size="sm" c="red" role="alert">
            The comment was not added: {describeError(error).message}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={isSaving} disabled={!caseId}>
            Add to case
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
