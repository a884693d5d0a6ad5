import { Box, Skeleton, Stack } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useEffect, useRef } from 'react';

import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import type { CommentStatus } from '../../../gql/graphql';
import { COMMENT_ROW_HEIGHT, CommentRow, commentRowDomId } from './CommentRow';

export const InboxListFragment = graphql(`
  fragment InboxList_connection on CommentConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        status
        ...CommentRow_comment
      }
    }
  }
`);

/** Start fetching the next page this many rows before the end comes into view. */
const LOAD_AHEAD_ROWS = 25;
const OVERSCAN_ROWS = 8;

export interface InboxListProps {
  connection: FragmentType<typeof InboxListFragment>;
  selectedIndex: number;
  /** The status the current tab shows, or null on "All": rows that left it are dimmed. */
  tabStatus: CommentStatus | null;
  isLoadingMore: boolean;
  onLoadMore: () => void;
  onOpen: (id: string, index: number) => void;
  onMove: (step: 1 | -1 | 'first' | 'last') => void;
}

/**
 * The inbox as a virtualized listbox: only the rows in view (plus a few) are in the DOM, so ten
 * thousand loaded comments scroll like fifty. The next page loads before the end is reached.
 */
export function InboxList({
  connection: connectionRef,
  selectedIndex,
  tabStatus,
  isLoadingMore,
  onLoadMore,
  onOpen,
  onMove,
}: InboxListProps) {
  const connection = getFragmentData(InboxListFragment, connectionRef);
  const { edges, pageInfo, totalCount } = connection;
  const scrollRef = useRef<HTMLDivElement>(null);
  const rowCount = edges.length + (pageInfo.hasNextPage ? 1 : 0);

  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => COMMENT_ROW_HEIGHT,
    overscan: OVERSCAN_ROWS,
    getItemKey: (index) => edges[index]?.node.id ?? 'loading',
  });
  const items = virtualizer.getVirtualItems();
  const lastVisible = items.length > 0 ? items[items.length - 1].index : -1;

  useEffect(() => {
    if (pageInfo.hasNextPage && !isLoadingMore && lastVisible >= edges.length - LOAD_AHEAD_ROWS) {
      onLoadMore();
    }
  }, [lastVisible, edges.length, pageInfo.hasNextPage, isLoadingMore, onLoadMore]);

  // A comment opened from a link is centred; later moves scroll only as far as needed.
  const hasScrolledToSelection = useRef(false);
  useEffect(() => {
    if (selectedIndex >= 0) {
      virtualizer.scrollToIndex(selectedIndex, {
        align: hasScrolledToSelection.current ? 'auto' : 'center',
      });
      hasScrolledToSelection.current = true;
    }
  }, [selectedIndex, virtualizer]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const moves: Record<string, 1 | -1 | 'first' | 'last'> = {
      ArrowDown: 1,
      ArrowUp: -1,
      Home: 'first',
      End: 'last',
    };
    const move = moves[event.key];
    if (move !== undefined) {
      event.preventDefault();
      onMove(move);
    } else if (event.key === 'Enter' && selectedIndex >= 0 && edges[selectedIndex]) {
      event.preventDefault();
      onOpen(edges[selectedIndex].node.id, selectedIndex);
    }
  }

  const selectedId = edges[selectedIndex]?.node.id;

  return (
    <Box
      ref={scrollRef}
      role="listbox"
      aria-label="Comments"
      aria-busy={isLoadingMore}
      aria-activedescendant={selectedId ? commentRowDomId(selectedId) : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-virtual-scroll=""
      className="bedside-focus-ring"
      style={{
        height: '100%',
        overflowY: 'auto',
        overscrollBehavior: 'contain',
        contain: 'strict',
      }}
    >
      <div style={{ height: virtualizer.getTotalSize(), width: '100%', position: 'relative' }}>
        {items.map((item) => {
          const edge = edges[item.index];
          if (!edge) {
            return (
              <Stack
                key={item.key}
                aria-hidden
                gap={8}
                p="md"
                style={{
                  position: 'absolute',
                  top: 0,
                  left: 0,
                  width: '100%',
                  transform: `translateY(${item.start}px)`,
                }}
              >
                <Skeleton height={12} width="40%" />
                <Skeleton height={10} />
                <Skeleton height={10} width="70%" />
              </Stack>
            );
          }
          return (
            <CommentRow
              key={item.key}
              comment={edge.node}
              index={item.index}
              setSize={totalCount}
              top={item.start}
              isSelected={item.index === selectedIndex}
              matchesTab={tabStatus === null || edge.node.status === tabStatus}
              onOpen={onOpen}
            />
          );
        })}
      </div>
    </Box>
  );
}
