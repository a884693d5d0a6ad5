import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';

import { CaseAssigneeOptionsQuery } from '../graphql/case-assignee-options.query';

export interface AssigneeSelectProps {
  value: string | null;
  onChange: (assigneeId: string | null) => void;
  label?: string;
  disabled?: boolean;
}

/** Picks an active teammate, or nobody; lists them once loaded. */
export function AssigneeSelect({
  value,
  onChange,
  label = 'Assignee',
  disabled = false,
}: AssigneeSelectProps) {
  const { data, loading, error } = useQuery(CaseAssigneeOptionsQuery);
  const options = (data?.teamMembers ?? []).map((member) => ({
    value: member.id,
    label: member.displayName,
  }));
  return (
    <Select
      label={label}
      placeholder={loading ? 'Loading teammates…' : 'Nobody yet'}
      data={options}
      value={value}
      onChange={onChange}
      clearable
      searchable
      nothingFoundMessage="No teammate by that name"
      error={error ? 'Could not load the teammates' : undefined}
      disabled={disabled}
    />
  );
}
