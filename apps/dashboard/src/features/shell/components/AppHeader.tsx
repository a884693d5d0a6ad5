import { type Role, roleAtLeast } from '@bedside/domain';
import { ActionIcon, Group, Skeleton, Text, Tooltip, UnstyledButton } from '@mantine/core';
import {
  type Icon,
  IconBriefcase,
  IconChartBar,
  IconChecklist,
  IconInbox,
  IconKeyboard,
  IconListSearch,
  IconPlugConnected,
  IconSettings,
  IconShieldCheck,
  IconTemplate,
  IconUsers,
} from '@tabler/icons-react';
import { NavLink } from 'react-router';

import { SURFACE } from '../../../app/theme';
import { Wordmark } from '../../../ui/Wordmark';
import { NotificationBell } from '../../collaboration/components/NotificationBell';
import { UserMenu } from '../../session/components/UserMenu';
import { type Viewer, viewerRole } from '../../session/ViewerContext';
import { useShortcutContext } from '../../shortcuts/hooks/useShortcutHandlers';
import { HealthIndicator } from './HealthIndicator';

/**
 * Sections of the product, each shown from the weakest role allowed to open it (the server
 * refuses the rest anyway); the header lays out any number of them.
 */
const NAV_ITEMS: readonly { to: string; label: string; icon: Icon; minRole: Role }[] = [
  { to: '/inbox', label: 'Inbox', icon: IconInbox, minRole: 'agent' },
  { to: '/cases', label: 'Cases', icon: IconBriefcase, minRole: 'agent' },
  { to: '/approvals', label: 'Approvals', icon: IconChecklist, minRole: 'reviewer' },
  { to: '/templates', label: 'Templates', icon: IconTemplate, minRole: 'agent' },
  { to: '/reports', label: 'Reports', icon: IconChartBar, minRole: 'agent' },
  { to: '/audit', label: 'Audit', icon: IconListSearch, minRole: 'manager' },
  { to: '/team', label: 'Team', icon: IconUsers, minRole: 'admin' },
  { to: '/settings', label: 'Settings', icon: IconSettings, minRole: 'admin' },
  { to: '/channels', label: 'Channels', icon: IconPlugConnected, minRole: 'admin' },
  { to: '/moderation', label: 'Moderation', icon: IconShieldCheck, minRole: 'manager' },
];

export interface AppHeaderProps {
  /** The signed-in person; null while the app is still asking who that is. */
  viewer: Viewer | null;
}

/** Product name, sections, server health, the shortcut help and the signed-in person's menu. */
export function AppHeader({ viewer }: AppHeaderProps) {
  const { openHelp } = useShortcutContext();
  return (
    <Group
      component="header"
      h="100%"
      px="lg"
      justify="space-between"
      wrap="nowrap"
      style={{ borderBottom: `1px solid ${SURFACE.border}`, background: SURFACE.header }}
    >
      <Group gap="xl" wrap="nowrap">
        <Wordmark />
        <Group component="nav" aria-label="Main" gap={4} wrap="nowrap">
          {NAV_ITEMS.filter((item) => viewer && roleAtLeast(viewerRole(viewer), item.minRole)).map(
            ({ to, label, icon: Glyph }) => (
              <UnstyledButton
                key={to}
                component={NavLink}
                to={to}
                className="bedside-nav-link"
                px="sm"
                py={6}
              >
                <Group gap={6} wrap="nowrap">
                  <Glyph size={17} aria-hidden />
                  <Text size="sm" fw={600} inherit>
                    {label}
                  </Text>
                </Group>
              </UnstyledButton>
            ),
          )}
        </Group>
      </Group>
      <Group gap="md" wrap="nowrap">
        <HealthIndicator />
        <Tooltip label="Keyboard shortcuts (?)">
          <ActionIcon
            variant="subtle"
            color="slate"
            size="lg"
            aria-label="Keyboard shortcuts"
            onClick={openHelp}
          >
            <IconKeyboard size={19} />
          </ActionIcon>
        </Tooltip>
        {viewer ? <NotificationBell /> : null}
        {viewer ? <UserMenu viewer={viewer} /> : <Skeleton h={28} w={160} aria-hidden />}
      </Group>
    </Group>
  );
}
