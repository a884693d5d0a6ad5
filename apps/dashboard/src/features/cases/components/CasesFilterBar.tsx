import {
  CASE_CATEGORIES,
  CASE_CATEGORY_LABELS,
  CASE_STATUS_LABELS,
  CASE_TEAM_LABELS,
  CASE_TEAMS,
} from '@bedside/domain';
import { Button, Chip, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';

import {
  CASE_STATUS_SCOPES,
  type CasesOrder,
  type CasesView,
  hasCaseFilters,
} from '../utils/cases-view';

const STATUS_OPTIONS = CASE_STATUS_SCOPES.map((value) => ({
  value,
  label:
    value === 'active'
      ? 'Active (not resolved)'
      : value === 'all'
        ? 'All statuses'
        : CASE_STATUS_LABELS[value],
}));
const TEAM_OPTIONS = CASE_TEAMS.map((value) => ({ value, label: CASE_TEAM_LABELS[value] }));
const CATEGORY_OPTIONS = CASE_CATEGORIES.map((value) => ({
  value,
  label: CASE_CATEGORY_LABELS[value],
}));
const ORDER_OPTIONS: { value: CasesOrder; label: string }[] = [
  { value: 'due', label: 'Due soonest' },
  { value: 'newest', label: 'Newest' },
];

export interface CasesFilterBarProps {
  view: CasesView;
  onChange: (patch: Partial<CasesView>, options?: { replace?: boolean }) => void;
  onClear: () => void;
}

/** Status, team, category, "mine", "breached", search and order of the cases list. */
export function CasesFilterBar({ view, onChange, onClear }: CasesFilterBarProps) {
  const [search, setSearch] = useState(view.search);
  const pushSearch = useDebouncedCallback(
    (value: string) => onChange({ search: value }, { replace: true }),
    300,
  );

  return (
    <Group gap="sm" align="flex-end" role="search" aria-label="Filter cases">
      <TextInput
        label="Search"
        placeholder="C-1001 or words of the title"
        leftSection={<IconSearch size={15} aria-hidden />}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          pushSearch(event.currentTarget.value);
        }}
        w={220}
      />
      <Select
        label="Status"
        data={STATUS_OPTIONS}
        value={view.status}
        onChange={(value) => value && onChange({ status: value })}
        allowDeselect={false}
        w={190}
      />
      <MultiSelect
        label="Team"
        placeholder={view.teams.length ? undefined : 'All teams'}
        data={TEAM_OPTIONS}
        value={view.teams}
        onChange={(values) => onChange({ teams: values })}
        clearable
        w={220}
      />
      <MultiSelect
        label="Category"
        placeholder={view.categories.length ? undefined : 'All categories'}
        data={CATEGORY_OPTIONS}
        value={view.categories}
        onChange={(values) => onChange({ categories: values })}
        clearable
        w={240}
      />
      <Group gap="xs" pb={4}>
        <Chip checked={view.mine} onChange={(mine) => onChange({ mine })} size="sm">
          Assigned to me
        </Chip>
        <Chip
          checked={view.breached}
          onChange={(breached) => onChange({ breached })}
          color="red"
          size="sm"
        >
          Breached
        </Chip>
      </Group>
      <Select
        label="Order"
        data={ORDER_OPTIONS}
        value={view.order}
        onChange={(value) => value && onChange({ order: value })}
        allowDeselect={false}
        w={150}
      />
      {hasCaseFilters(view) ? (
        <Button
          variant="subtle"
          color="slate"
          mb={2}
          onClick={() => {
            setSearch('');
            onClear();
          }}
        >
          Clear filters
        </Button>
      ) : null}
    </Group>
  );
}
