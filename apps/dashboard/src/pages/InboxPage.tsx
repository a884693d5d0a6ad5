import { COMMENT_STATUS_LABELS } from '@bedside/domain';
import { Box, Button, Group, Loader, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useCallback, useRef } from 'react';

import { describeError } from '../app/apollo-client';
import { SURFACE } from '../app/theme';
import { CommentDetailPane } from '../features/comment-detail/components/CommentDetailPane';
import { NoCommentOpen } from '../features/comment-detail/components/NoCommentOpen';
import { EmptyInbox } from '../features/inbox/components/EmptyInbox';
import { FilterBar } from '../features/inbox/components/FilterBar';
import { InboxList } from '../features/inbox/components/InboxList';
import { InboxListSkeleton } from '../features/inbox/components/InboxListSkeleton';
import { InboxTabs } from '../features/inbox/components/InboxTabs';
import { NoMatches } from '../features/inbox/components/NoMatches';
import { OrderSelect } from '../features/inbox/components/OrderSelect';
import { SampleDataBanner } from '../features/inbox/components/SampleDataBanner';
import { INBOX_PAGE_SIZE, useInboxQuery } from '../features/inbox/hooks/useInboxQuery';
import { useInboxView } from '../features/inbox/hooks/useInboxView';
import { type SelectionMove, useListSelection } from '../features/inbox/hooks/useListSelection';
import { useLiveInbox } from '../features/inbox/hooks/useLiveInbox';
import { useOpenComment } from '../features/inbox/hooks/useOpenComment';
import { hasActiveFilters, isStatusTab } from '../features/inbox/utils/inbox-view';
import { localDay } from '../features/inbox/utils/today';
import { useShortcutHandlers } from '../features/shortcuts/hooks/useShortcutHandlers';
import { ErrorState } from '../ui/ErrorState';
import { toGraphqlValue } from '../ui/vocabulary';

/** `/inbox` and `/inbox/:commentId`: the list of comments beside the open one. */
export function InboxPage() {
  const { view, updateView, clearAllFilters } = useInboxView();
  const { openCommentId, openComment, closeComment } = useOpenComment();
  const inbox = useInboxQuery(view);
  const selection = useListSelection(inbox.commentIds, openCommentId);
  const live = useLiveInbox({
    refetchList: inbox.refetch,
    refreshCounts: inbox.refreshCounts,
    isPaged: inbox.commentIds.length > INBOX_PAGE_SIZE,
  });
  const searchRef = useRef<HTMLInputElement>(null);
  // Stable, so the memoized rows of a long list do not all re-render on every change.
  const openFromList = useCallback((id: string) => openComment(id), [openComment]);

  const moveSelection = (step: SelectionMove) => {
    const id = selection.move(step);
    // With a comment open, the pane follows the cursor, replacing rather than stacking history.
    if (id !== null && openCommentId !== null) {
      openComment(id, { replace: true });
    }
  };

  useShortcutHandlers({
    focusSearch: () => searchRef.current?.focus(),
    selectNext: () => moveSelection(1),
    selectPrevious: () => moveSelection(-1),
    openSelected: () => {
      if (selection.selectedId !== null) {
        openComment(selection.selectedId);
      }
    },
  });

  const { data, connection } = inbox;
  const isDatabaseEmpty = data !== undefined && data.everything.total === 0;
  const tabLabel = isStatusTab(view.tab) ? COMMENT_STATUS_LABELS[view.tab] : null;

  let list;
  if (inbox.error && !data) {
    list = (
      <ErrorState
        title="Could not load the inbox"
        message={describeError(inbox.error).message}
        onRetry={() => void inbox.refetch()}
      />
    );
  } else if (!data || !connection) {
    list = <InboxListSkeleton />;
  } else if (connection.edges.length === 0) {
    list = (
      <NoMatches
        hasFilters={hasActiveFilters(view)}
        tabLabel={tabLabel}
        onClearFilters={clearAllFilters}
      />
    );
  } else {
    list = (
      <InboxList
        connection={data.comments}
        selectedIndex={selection.selectedIndex}
        tabStatus={isStatusTab(view.tab) ? toGraphqlValue(view.tab) : null}
        isLoadingMore={inbox.isLoadingMore}
        onLoadMore={inbox.loadMore}
        onOpen={openFromList}
        onMove={moveSelection}
      />
    );
  }

  return (
    <Stack gap={0} h="100%" mih={0}>
      {data?.sampleDataLoaded || !isDatabaseEmpty ? (
        <Stack gap="sm" px="lg" pt="md" pb="sm" bg={SURFACE.panel}>
          {data?.sampleDataLoaded ? <SampleDataBanner onRemoved={closeComment} /> : null}
          {isDatabaseEmpty ? null : (
            <FilterBar
              view={view}
              onChange={updateView}
              onClear={clearAllFilters}
              searchRef={searchRef}
              today={localDay(new Date())}
            />
          )}
        </Stack>
      ) : null}
      {isDatabaseEmpty ? (
        <Box style={{ flex: 1 }} pt={60} bg={SURFACE.page}>
          <EmptyInbox />
        </Box>
      ) : (
        <InboxTabs
          value={view.tab}
          counts={data?.inboxCounts ?? null}
          onChange={(tab) => updateView({ tab })}
          aside={<OrderSelect value={view.order} onChange={(order) => updateView({ order })} />}
        >
          <Group gap={0} align="stretch" wrap="nowrap" style={{ flex: 1, minHeight: 0 }}>
            <Stack
              gap={0}
              w={{ base: 400, xl: 460 }}
              style={{ flexShrink: 0, borderRight: `1px solid ${SURFACE.border}` }}
              bg={SURFACE.panel}
            >
              <Group
                justify="space-between"
                px="md"
                py={6}
                style={{ borderBottom: `1px solid ${SURFACE.border}` }}
              >
                <Text size="xs" c="dimmed" aria-live="polite">
                  {connection
                    ? `${connection.totalCount.toLocaleString('en')} comments`
                    : 'Loading…'}
                </Text>
                <VisuallyHidden aria-live="polite">{live.announcement}</VisuallyHidden>
                {live.waiting > 0 ? (
                  <Button size="compact-xs" variant="light" onClick={live.showWaiting}>
                    {`Show ${live.waiting.toLocaleString('en')} new`}
                  </Button>
                ) : null}
                {inbox.isLoading || inbox.isLoadingMore ? (
                  <Loader size={12} aria-label="Loading" />
                ) : null}
              </Group>
              <Box style={{ flex: 1, minHeight: 0, opacity: inbox.isStale ? 0.6 : 1 }}>{list}</Box>
            </Stack>
            <Box style={{ flex: 1, minWidth: 0 }} bg={SURFACE.panel}>
              {openCommentId ? (
                <CommentDetailPane
                  key={openCommentId}
                  commentId={openCommentId}
                  onClose={closeComment}
                  onStatusChanged={() => void inbox.refreshCounts()}
                />
              ) : (
                <NoCommentOpen />
              )}
            </Box>
          </Group>
        </InboxTabs>
      )}
    </Stack>
  );
}
