import { Box, Group, Text, ThemeIcon, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconAt, IconUserCheck } from '@tabler/icons-react';

import { type FragmentType, getFragmentData, graphql } from '../../../gql';
import { TimeAgo } from '../../../ui/TimeAgo';
import { describeNotification } from '../utils/notification-text';

export const NotificationItemFragment = graphql(`
  fragment NotificationItem_notification on Notification {
    id
    kind
    commentId
    noteId
    actorName
    createdAt
    readAt
  }
`);

export interface NotificationItemProps {
  notification: FragmentType<typeof NotificationItemFragment>;
  onOpen: (notification: { id: string; commentId: string; readAt?: string | null }) => void;
}

/** "Dana Whitfield mentioned you in a note · 2 minutes ago"; opens the comment it is about. */
export function NotificationItem({ notification: notificationRef, onOpen }: NotificationItemProps) {
  const notification = getFragmentData(NotificationItemFragment, notificationRef);
  const isUnread = !notification.readAt;
  const Glyph = notification.kind === 'MENTION' ? IconAt : IconUserCheck;
  return (
    <Box component="li">
      <UnstyledButton
        w="100%"
        px="md"
        py="sm"
        className="bedside-notification"
        data-unread={isUnread || undefined}
        onClick={() => onOpen(notification)}
        style={{ background: isUnread ? 'var(--mantine-color-bedside-0)' : undefined }}
      >
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon
            size={28}
            radius="xl"
            variant="light"
            color={notification.kind === 'MENTION' ? 'bedside' : 'teal'}
            aria-hidden
          >
            <Glyph size={16} />
          </ThemeIcon>
          <Box miw={0} style={{ flex: 1 }}>
            <Text size="sm" fw={isUnread ? 600 : 400} c="slate.9">
              {isUnread ? <VisuallyHidden>Unread: </VisuallyHidden> : null}
              {describeNotification(notification)}
            </Text>
            <TimeAgo value={notification.createdAt} withTooltip={false} />
          </Box>
          {isUnread ? (
            <Box
              w={8}
              h={8}
              mt={8}
              bg="bedside.6"
              style={{ borderRadius: '50%', flexShrink: 0 }}
              aria-hidden
            />
          ) : null}
        </Group>
      </UnstyledButton>
    </Box>
  );
}
