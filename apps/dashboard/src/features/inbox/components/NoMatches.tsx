import { Button, Kbd } from '@mantine/core';
import { IconFilterOff, IconMoodCheck, IconSearch, IconUsers } from '@tabler/icons-react';

import { EmptyState } from '../../../ui/EmptyState';
import { useInboxView } from '../hooks/useInboxView';
import { hasActiveFilters } from '../utils/inbox-view';

export interface NoMatchesProps {
  hasFilters: boolean;
  /** Name of the tab, e.g. "Escalated"; null on "All". */
  tabLabel: string | null;
  onClearFilters: () => void;
}

/** The database has comments, but none fit the current tab and filters. */
export function NoMatches({ hasFilters, tabLabel, onClearFilters }: NoMatchesProps) {
  const { view, updateView } = useInboxView();
  // "Assigned to me" alone is not a search to broaden: say how work gets to the person instead.
  if (view.mine && !hasActiveFilters({ ...view, mine: false })) {
    return (
      <EmptyState
        icon={<IconMoodCheck size={26} />}
        title={
          tabLabel ? `Nothing in ${tabLabel} is assigned to you` : 'Nothing is assigned to you'
        }
        description={
          <>
            Open a comment and press “Take it” (or <Kbd size="xs">a</Kbd>), or ask a manager to
            assign you one.
          </>
        }
        color="teal"
      >
        <Button
          variant="light"
          leftSection={<IconUsers size={16} aria-hidden />}
          onClick={() => updateView({ mine: false })}
        >
          Show everyone’s comments
        </Button>
      </EmptyState>
    );
  }
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
