import { ROLE_LABELS } from '@bedside/domain';
import { Avatar, Badge, Box, Group, Menu, Notification, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure, useTimeout } from '@mantine/hooks';
import { IconCheck, IconChevronDown, IconKey, IconLogout } from '@tabler/icons-react';
import { useState } from 'react';

import { describeError } from '../../../app/apollo-client';
import { useSignOut } from '../hooks/useSignOut';
import { type Viewer, viewerRole } from '../ViewerContext';
import { ChangePasswordModal } from './ChangePasswordModal';

const NOTICE_MS = 6_000;

function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((word) => word[0]?.toUpperCase() ?? '').join('');
}

export interface UserMenuProps {
  viewer: Viewer;
}

/** The signed-in person's name and role in the header, with "Change password" and "Sign out". */
export function UserMenu({ viewer }: UserMenuProps) {
  const [isChangingPassword, changePasswordModal] = useDisclosure(false);
  const [notice, setNotice] = useState<string | null>(null);
  const hideNotice = useTimeout(() => setNotice(null), NOTICE_MS);
  const { signOut, isSigningOut, error: signOutError } = useSignOut();
  const roleLabel = ROLE_LABELS[viewerRole(viewer)];

  const onPasswordChanged = () => {
    changePasswordModal.close();
    setNotice('Your password was changed. Use the new one next time you sign in.');
    hideNotice.start();
  };

  return (
    <>
      <Menu position="bottom-end" width={240} shadow="md">
        <Menu.Target>
          <UnstyledButton
            className="bedside-nav-link"
            px="xs"
            py={4}
            aria-label={`${viewer.displayName}, ${roleLabel}: account menu`}
          >
            <Group gap={8} wrap="nowrap">
              <Avatar size={28} radius="xl" color="bedside" aria-hidden>
                {initialsOf(viewer.displayName)}
              </Avatar>
              <Text size="sm" fw={600} c="slate.8" truncate maw={180}>
                {viewer.displayName}
              </Text>
              <Badge size="sm" variant="light" color="slate" data-testid="viewer-role">
                {roleLabel}
              </Badge>
              <IconChevronDown size={14} aria-hidden />
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            Signed in as
            <Text size="sm" c="slate.9" fw={500} truncate>
              {viewer.email ?? viewer.displayName}
            </Text>
          </Menu.Label>
          <Menu.Divider />
          <Menu.Item
            leftSection={<IconKey size={16} aria-hidden />}
            onClick={changePasswordModal.open}
          >
            Change password
          </Menu.Item>
          <Menu.Item
            leftSection={<IconLogout size={16} aria-hidden />}
            disabled={isSigningOut}
            onClick={() => void signOut()}
          >
            Sign out
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <ChangePasswordModal
        opened={isChangingPassword}
        onClose={changePasswordModal.close}
        onChanged={onPasswordChanged}
      />
      {notice || signOutError ? (
        <Box pos="fixed" top={64} right={16} w={360} style={{ zIndex: 400 }}>
          {signOutError ? (
            <Notification
              color="red"
              title="Could not sign out"
              withCloseButton={false}
              role="alert"
            >
              {describeError(signOutError).message}
            </Notification>
          ) : (
            <Notification
              color="teal"
              icon={<IconCheck size={18} aria-hidden />}
              title="Password changed"
              onClose={() => setNotice(null)}
              closeButtonProps={{ 'aria-label': 'Dismiss' }}
              role="status"
            >
              {notice}
            </Notification>
          )}
        </Box>
      ) : null}
    </>
  );
}
