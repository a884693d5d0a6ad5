import { Box } from '@mantine/core';
import { Outlet } from 'react-router';

import { AppHeader } from '../features/shell/components/AppHeader';

export const HEADER_HEIGHT = 56;

/** The frame around every page: the header, and the page filling the rest of the window. */
export function AppLayout() {
  return (
    <Box h="100dvh" style={{ display: 'flex', flexDirection: 'column', minWidth: 1024 }}>
      <Box h={HEADER_HEIGHT} style={{ flexShrink: 0 }}>
        <AppHeader />
      </Box>
      <Box
        component="main"
        style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}
      >
        <Outlet />
      </Box>
    </Box>
  );
}
