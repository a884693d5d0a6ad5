import {
  CASE_CATEGORIES,
  CASE_CATEGORY_LABELS,
  CASE_TEAM_LABELS,
  CASE_TEAMS,
  URGENCIES,
} from '@bedside/domain';
import { Select, Stack, Text } from '@mantine/core';

import { describeError } from '../../../app/apollo-client';
import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import type { UpdateCaseInput } from '../../../gql/graphql';
import { URGENCY_LABELS } from '../../../ui/labels';
import { toGraphqlValue } from '../../../ui/vocabulary';
import { useUpdateCase } from '../hooks/useUpdateCase';
import { AssigneeSelect } from './AssigneeSelect';

export const CaseDetailsFormFragment = graphql(`
  fragment CaseDetailsForm_case on Case {
    id
    team
    category
    priority
    assigneeId
  }
`);

const TEAM_OPTIONS = CASE_TEAMS.map((value) => ({
  value: toGraphqlValue(value),
  label: CASE_TEAM_LABELS[value],
}));
const CATEGORY_OPTIONS = CASE_CATEGORIES.map((value) => ({
  value: toGraphqlValue(value),
  label: CASE_CATEGORY_LABELS[value],
}));
const PRIORITY_OPTIONS = URGENCIES.map((value) => ({
  value: toGraphqlValue(value),
  label: URGENCY_LABELS[value],
}));

export interface CaseDetailsFormProps {
  case: FragmentType<typeof CaseDetailsFormFragment>;
}

/** Who owns the case and how it is classed; each change saves at once and joins the timeline. */
export function CaseDetailsForm({ case: caseRef }: CaseDetailsFormProps) {
  const item = getFragmentData(CaseDetailsFormFragment, caseRef);
  const { updateCase, isSaving, error } = useUpdateCase();
  const save = (changes: Omit<UpdateCaseInput, 'id'>) =>
    void updateCase({ id: item.id, ...changes });

  return (
    <Stack gap="sm" role="group" aria-label="Ownership">
      <AssigneeSelect
        value={item.assigneeId ?? null}
        onChange={(assigneeId) => save({ assigneeId })}
        disabled={isSaving}
      />
      <Select
        label="Team"
        data={TEAM_OPTIONS}
        value={item.team}
        onChange={(team) => team && save({ team: team })}
        allowDeselect={false}
        disabled={isSaving}
      />
      <Select
        label="Priority"
        description="A new priority restarts the deadline under its SLA"
        data={PRIORITY_OPTIONS}
        value={item.priority}
        onChange={(priority) => priority && save({ priority: priority })}
        allowDeselect={false}
        disabled={isSaving}
      />
      <Select
        label="Category"
        data={CATEGORY_OPTIONS}
        value={item.category}
        onChange={(category) => category && save({ category: category })}
        allowDeselect={false}
        disabled={isSaving}
      />
      {error ? (
        <Text size="sm" c="red" role="alert">
          Not saved: {describeError(error).message}
        </Text>
      ) : null}
    </Stack>
  );
}
