import { INTENT_LABELS, INTENTS, SENTIMENT_LABELS, URGENCIES } from '@bedside/domain';
import { Button, Group, Select } from '@mantine/core';
import { IconFilterOff, IconUserCheck } from '@tabler/icons-react';
import type { Ref } from 'react';

import { SENTIMENT_LABELS_TEXT, URGENCY_LABELS } from '../../../ui/labels';
import type { UpdateViewOptions } from '../hooks/useInboxView';
import { hasActiveFilters, type InboxView } from '../utils/inbox-view';
import { ChannelFilter } from './ChannelFilter';
import { DateRangeFilter } from './DateRangeFilter';
import { SearchInput } from './SearchInput';

const SENTIMENT_OPTIONS = SENTIMENT_LABELS.map((value) => ({
  value,
  label: SENTIMENT_LABELS_TEXT[value],
}));
const INTENT_OPTIONS = INTENTS.map((value) => ({ value, label: INTENT_LABELS[value] }));
const URGENCY_OPTIONS = URGENCIES.map((value) => ({ value, label: URGENCY_LABELS[value] }));

export interface FilterBarProps {
  view: InboxView;
  onChange: (patch: Partial<InboxView>, options?: UpdateViewOptions) => void;
  onClear: () => void;
  searchRef?: Ref<HTMLInputElement>;
  /** Today as `YYYY-MM-DD`, for the date presets. */
  today: string;
}

/** Narrows the inbox: search, channel, triage labels and dates. Everything lands in the URL. */
export function FilterBar({ view, onChange, onClear, searchRef, today }: FilterBarProps) {
  return (
    <Group gap="sm" wrap="wrap" role="search" aria-label="Filter comments">
      <Button
        variant={view.mine ? 'light' : 'default'}
        leftSection={<IconUserCheck size={16} aria-hidden />}
        aria-pressed={view.mine}
        onClick={() => onChange({ mine: !view.mine })}
      >
        Assigned to me
      </Button>
      <SearchInput
        value={view.search}
        inputRef={searchRef}
        onSearch={(search) => onChange({ search }, { replace: true })}
      />
      <ChannelFilter value={view.channels} onChange={(channels) => onChange({ channels })} />
      <Select
        aria-label="Sentiment"
        placeholder="Any sentiment"
        data={SENTIMENT_OPTIONS}
        value={view.sentiment}
        onChange={(sentiment) => onChange({ sentiment })}
        clearable
        w={150}
      />
      <Select
        aria-label="Intent"
        placeholder="Any intent"
        data={INTENT_OPTIONS}
        value={view.intent}
        onChange={(intent) => onChange({ intent })}
        clearable
        w={170}
      />
      <Select
        aria-label="Urgency"
        placeholder="Any urgency"
        data={URGENCY_OPTIONS}
        value={view.urgency}
        onChange={(urgency) => onChange({ urgency })}
        clearable
        w={140}
      />
      <DateRangeFilter
        from={view.from}
        to={view.to}
        today={today}
        onChange={(range) => onChange(range)}
      />
      {hasActiveFilters(view) ? (
        <Button
          variant="subtle"
          color="slate"
          leftSection={<IconFilterOff size={16} aria-hidden />}
          onClick={onClear}
        >
          Clear filters
        </Button>
      ) : null}
    </Group>
  );
}
