import { ActionIcon, Indicator, Popover, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

import { useNotifications } from '../hooks/useNotifications';
import { bellLabel, describeNotification } from '../utils/notification-text';
import { NotificationList } from './NotificationList';

/** Badges above this read "99+": the exact count is in the button's name. */
const MAX_BADGE = 99;

/**
 * The header's bell: how many notifications are unread, and a list of the latest that opens the
 * comment each is about (and marks it read). New ones arrive live and are announced to screen
 * readers; without a toast library the badge is the visible signal.
 */
export function NotificationBell() {
  const [opened, setOpened] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const titleId = useId();
  const navigate = useNavigate();
  const location = useLocation();
  const notifications = useNotifications({
    onReceived: (notification) =>
      setAnnouncement(`New notification: ${describeNotification(notification)}`),
  });
  const { unreadCount } = notifications;

  const openNotification = (notification: {
    id: string;
    commentId: string;
    readAt?: string | null;
  }) => {
    setOpened(false);
    if (!notification.readAt) {
      void notifications.markAsRead([notification.id]);
    }
    // Within the inbox, keep its filters: only the open comment changes.
    const search = location.pathname.startsWith('/inbox') ? location.search : '';
    void navigate(`/inbox/${notification.commentId}${search}`);
  };

  return (
    <>
      <Popover
        opened={opened}
        onChange={setOpened}
        position="bottom-end"
        width={380}
        shadow="md"
        radius="md"
        withArrow
        trapFocus
        returnFocus
        closeOnEscape
      >
        <Indicator
          label={<span aria-hidden>{unreadCount > MAX_BADGE ? `${MAX_BADGE}+` : unreadCount}</span>}
          disabled={unreadCount === 0}
          color="red"
          size={17}
          offset={6}
          withBorder
          zIndex={2}
          data-testid="notification-badge"
        >
          <Popover.Target>
            <Tooltip label="Notifications" disabled={opened}>
              <ActionIcon
                variant="subtle"
                color="slate"
                size="lg"
                aria-label={bellLabel(unreadCount)}
                aria-haspopup="dialog"
                aria-expanded={opened}
                onClick={() => setOpened((isOpen) => !isOpen)}
              >
                <IconBell size={19} />
              </ActionIcon>
            </Tooltip>
          </Popover.Target>
        </Indicator>
        <Popover.Dropdown p={0} aria-labelledby={titleId}>
          <NotificationList
            titleId={titleId}
            items={notifications.items}
            unreadCount={unreadCount}
            isLoading={notifications.isLoading}
            error={notifications.error}
            markError={notifications.markError}
            isMarking={notifications.isMarking}
            onRetry={() => void notifications.refetch()}
            onOpen={openNotification}
            onMarkAllRead={() => void notifications.markAsRead()}
          />
        </Popover.Dropdown>
      </Popover>
      <VisuallyHidden role="status" aria-live="polite">
        {announcement}
      </VisuallyHidden>
    </>
  );
}
