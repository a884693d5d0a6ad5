import { Autocomplete, Button, Group, Select, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';

import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { actionChoices, type AuditView, hasAuditFilters } from '../utils/audit-view';

export const AuditFilterBarActorFragment = graphql(`
  fragment AuditFilterBar_actor on AuditActor {
    id
    kind
    name
  }
`);

/** Kinds of target Bedside records; others can still be typed. */
const TARGET_TYPES = ['comment', 'case', 'user', 'api_token', 'alert'];

export interface AuditFilterBarProps {
  view: AuditView;
  actions: readonly string[];
  actors: ReadonlyArray<FragmentType<typeof AuditFilterBarActorFragment>>;
  onChange: (changes: Partial<AuditView>) => void;
  onClear: () => void;
}

/**
 * A text field that filters once the person is done typing (Enter or leaving the field). Keyed
 * by the filter's value, so clearing the filters starts it afresh.
 */
function CommitOnBlurInput({
  value,
  onCommit,
  label,
  placeholder,
}: {
  value: string | null;
  onCommit: (value: string | null) => void;
  label: string;
  placeholder: string;
}) {
  const [draft, setDraft] = useState(value ?? '');
  const commit = () => {
    const next = draft.trim() === '' ? null : draft.trim();
    if (next !== value) {
      onCommit(next);
    }
  };
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      value={draft}
      w={180}
      leftSection={<IconSearch size={14} aria-hidden />}
      onChange={(event) => setDraft(event.currentTarget.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          commit();
        }
      }}
    />
  );
}

/** Action, actor, target and date range of the audit page; each change is kept in the URL. */
export function AuditFilterBar({ view, actions, actors, onChange, onClear }: AuditFilterBarProps) {
  const actorOptions = actors
    .map((actor) => getFragmentData(AuditFilterBarActorFragment, actor))
    .map((actor) => ({
      value: actor.id,
      label: actor.kind === 'TOKEN' ? `${actor.name} (API token)` : actor.name,
    }));
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label="Action"
        placeholder="Any action"
        data={actionChoices(actions)}
        value={view.action}
        onChange={(action) => onChange({ action })}
        searchable
        clearable
        nothingFoundMessage="No such action"
        w={220}
      />
      <Select
        label="Actor"
        placeholder="Anyone"
        data={actorOptions}
        value={view.actorId}
        onChange={(actorId) => onChange({ actorId })}
        searchable
        clearable
        nothingFoundMessage="Nobody by that name"
        w={200}
      />
      <Autocomplete
        label="Target type"
        placeholder="Any"
        data={TARGET_TYPES}
        value={view.targetType ?? ''}
        onChange={(targetType) => onChange({ targetType: targetType.trim() || null })}
        w={150}
      />
      <CommitOnBlurInput
        key={view.targetId ?? ''}
        label="Target id"
        placeholder="Paste an id"
        value={view.targetId}
        onCommit={(targetId) => onChange({ targetId })}
      />
      <TextInput
        type="date"
        label="From"
        value={view.from ?? ''}
        max={view.to ?? undefined}
        onChange={(event) => onChange({ from: event.currentTarget.value || null })}
        w={140}
      />
      <TextInput
        type="date"
        label="To"
        value={view.to ?? ''}
        min={view.from ?? undefined}
        onChange={(event) => onChange({ to: event.currentTarget.value || null })}
        w={140}
      />
      <Button
        variant="subtle"
        color="slate"
        leftSection={<IconFilterOff size={16} aria-hidden />}
        disabled={!hasAuditFilters(view)}
        onClick={onClear}
      >
        Clear filters
      </Button>
    </Group>
  );
}
