import { ActionIcon, Box, Group, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconHeartbeat, IconInbox, IconKeyboard } from '@tabler/icons-react';
import { NavLink } from 'react-router';

import { SURFACE } from '../../../app/theme';
import { useShortcutContext } from '../../shortcuts/hooks/useShortcutHandlers';
import { HealthIndicator } from './HealthIndicator';

/**
 * Sections of the product. Cases, Reports and Settings join this list when their issues land;
 * the header lays out any number of them.
 */
const NAV_ITEMS = [{ to: '/inbox', label: 'Inbox', icon: IconInbox }] as const;

/** Product name, sections, server health and the shortcut help. */
export function AppHeader() {
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
        <Group gap={8} wrap="nowrap">
          <Box
            w={28}
            h={28}
            bg="bedside.7"
            c="white"
            style={{ borderRadius: 8, display: 'grid', placeItems: 'center' }}
            aria-hidden
          >
            <IconHeartbeat size={18} stroke={2.2} />
          </Box>
          <Text fw={700} size="lg" c="slate.9" style={{ letterSpacing: '-0.01em' }}>
            Bedside
          </Text>
        </Group>
        <Group component="nav" aria-label="Main" gap={4} wrap="nowrap">
          {NAV_ITEMS.map(({ to, label, icon: Glyph }) => (
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
          ))}
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
      </Group>
    </Group>
  );
}
