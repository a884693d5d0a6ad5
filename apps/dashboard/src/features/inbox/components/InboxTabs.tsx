import { COMMENT_STATUS_LABELS } from '@bedside/domain';
import { Badge, Box, Group, Tabs } from '@mantine/core';
import type { ReactNode } from 'react';

import { SURFACE } from '../../../app/theme';
import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import type { InboxTabs_CountsFragment } from '../../../gql/graphql';
import { INBOX_TABS, type InboxTab } from '../utils/inbox-view';

export const InboxTabsFragment = graphql(`
  fragment InboxTabs_counts on InboxCounts {
    new
    inProgress
    replied
    escalated
    closed
    hidden
    total
  }
`);

const COUNT_FIELD: Record<
  InboxTab,
  keyof Omit<InboxTabs_CountsFragment, '__typename' | ' $fragmentName'>
> = {
  new: 'new',
  in_progress: 'inProgress',
  replied: 'replied',
  escalated: 'escalated',
  closed: 'closed',
  hidden: 'hidden',
  all: 'total',
};

export interface InboxTabsProps {
  value: InboxTab;
  /** Null while the first counts load. */
  counts: FragmentType<typeof InboxTabsFragment> | null;
  onChange: (tab: InboxTab) => void;
  /** The list and detail below the tabs: the panel of the selected tab. */
  children: ReactNode;
  /** Right-hand side of the tab row (the order control). */
  aside?: ReactNode;
}

/** Status tabs with a count badge each; the filter bar narrows the counts, the tab does not. */
export function InboxTabs({ value, counts: countsRef, onChange, children, aside }: InboxTabsProps) {
  const counts = getFragmentData(InboxTabsFragment, countsRef);
  return (
    <Tabs
      value={value}
      onChange={(next) => {
        if (next !== null) {
          onChange(next as InboxTab);
        }
      }}
      activateTabWithKeyboard={false}
      keepMounted={false}
      variant="default"
      style={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}
    >
      <Group
        gap="md"
        wrap="nowrap"
        align="flex-end"
        style={{ borderBottom: `1px solid ${SURFACE.border}` }}
      >
        <Tabs.List
          aria-label="Comment status"
          style={{
            flexWrap: 'nowrap',
            flex: 1,
            minWidth: 0,
            '--tab-border-color': 'transparent',
          }}
        >
          {INBOX_TABS.map((tab) => {
            const count = counts ? counts[COUNT_FIELD[tab]] : null;
            const isActive = tab === value;
            return (
              <Tabs.Tab
                key={tab}
                value={tab}
                data-tab={tab}
                rightSection={
                  count === null ? null : (
                    <Badge
                      size="sm"
                      variant={isActive ? 'filled' : 'light'}
                      color={isActive ? undefined : 'slate'}
                      circle={count < 10}
                      data-testid={`tab-count-${tab}`}
                    >
                      {count.toLocaleString('en')}
                    </Badge>
                  )
                }
              >
                {tab === 'all' ? 'All' : COMMENT_STATUS_LABELS[tab]}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        {aside ? (
          <Box pb={6} pr="md">
            {aside}
          </Box>
        ) : null}
      </Group>
      <Tabs.Panel value={value} style={{ flex: 1, minHeight: 0, display: 'flex' }}>
        {children}
      </Tabs.Panel>
    </Tabs>
  );
}
