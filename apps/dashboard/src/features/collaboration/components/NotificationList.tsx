import { Button, Center, Group, Loader, ScrollArea, Stack, Text } from '@mantine/core';
import { IconBellOff, IconChecks } from '@tabler/icons-react';

import { describeError } from '../../../app/apollo-client';
import { SURFACE } from '../../../app/theme';
import type { FragmentType } from '../../../gql';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { NotificationItem, type NotificationItemFragment } from './NotificationItem';

export interface NotificationListProps {
  titleId: string;
  items: ReadonlyArray<{ id: string } & FragmentType<typeof NotificationItemFragment>>;
  unreadCount: number;
  isLoading: boolean;
  error: unknown;
  markError: unknown;
  isMarking: boolean;
  onRetry: () => void;
  onOpen: (notification: { id: string; commentId: string; readAt?: string | null }) => void;
  onMarkAllRead: () => void;
}

/** The bell's dropdown: a header with "Mark all read", then the notifications, newest first. */
export function NotificationList({
  titleId,
  items,
  unreadCount,
  isLoading,
  error,
  markError,
  isMarking,
  onRetry,
  onOpen,
  onMarkAllRead,
}: NotificationListProps) {
  let body;
  if (isLoading) {
    body = (
      <Center py="xl">
        <Loader size="sm" aria-label="Loading notifications" />
      </Center>
    );
  } else if (error) {
    body = (
      <ErrorState
        title="Could not load your notifications"
        message={describeError(error).message}
        onRetry={onRetry}
      />
    );
  } else if (items.length === 0) {
    body = (
      <EmptyState
        icon={<IconBellOff size={24} />}
        title="No notifications yet"
        description="You will hear here when a teammate mentions you in a note or assigns you a comment."
        color="slate"
      />
    );
  } else {
    body = (
      <ScrollArea.Autosize mah={420} type="auto">
        <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
          {items.map((item) => (
            <NotificationItem key={item.id} notification={item} onOpen={onOpen} />
          ))}
        </Stack>
      </ScrollArea.Autosize>
    );
  }

  return (
    <Stack gap={0}>
      <Group
        justify="space-between"
        px="md"
        py="xs"
        wrap="nowrap"
        style={{ borderBottom: `1px solid ${SURFACE.border}` }}
      >
        <Text id={titleId} fw={600} size="sm">
          Notifications
        </Text>
        <Button
          size="compact-xs"
          variant="subtle"
          leftSection={<IconChecks size={14} aria-hidden />}
          // Looks disabled but keeps the focus, so Escape still closes the list afterwards.
          data-disabled={unreadCount === 0 || undefined}
          aria-disabled={unreadCount === 0}
          loading={isMarking}
          onClick={() => {
            if (unreadCount > 0) {
              onMarkAllRead();
            }
          }}
        >
          Mark all read
        </Button>
      </Group>
      {markError ? (
        <Text size="xs" c="red" role="alert" px="md" pt="xs">
          Could not mark them read: {describeError(markError).message}
        </Text>
      ) : null}
      {body}
    </Stack>
  );
}
