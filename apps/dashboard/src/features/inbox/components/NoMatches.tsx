import { Button } from '@mantine/core';
import { IconFilterOff, IconMoodCheck, IconSearch } from '@tabler/icons-react';

import { EmptyState } from '../../../ui/EmptyState';

export interface NoMatchesProps {
  hasFilters: boolean;
  /** Name of the tab, e.g. "Escalated"; null on "All". */
  tabLabel: string | null;
  onClearFilters: () => void;
}

/** The database has comments, but none fit the current tab and filters. */
export function NoMatches({ hasFilters, tabLabel, onClearFilters }: NoMatchesProps) {
  if (hasFilters) {
    return (
      <EmptyState
        icon={<IconSearch size={26} />}
        title="No comments match these filters"
        description="Try a broader search, another channel or a wider date range."
        color="slate"
      >
        <Button
          variant="light"
          leftSection={<IconFilterOff size={16} aria-hidden />}
          onClick={onClearFilters}
        >
          Clear filters
        </Button>
      </EmptyState>
    );
  }
  return (
    <EmptyState
      icon={<IconMoodCheck size={26} />}
      title={tabLabel ? `Nothing in ${tabLabel}` : 'No comments'}
      description={
        tabLabel === 'New'
          ? 'All caught up: every comment has been looked at.'
          : 'Comments show up here when their status changes.'
      }
      color="teal"
    />
  );
}
