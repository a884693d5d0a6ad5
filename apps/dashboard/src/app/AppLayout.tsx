import { Box, Center, Loader } from '@mantine/core';
import { Outlet } from 'react-router';

import { CriticalAlertBanner } from '../features/alerts/components/CriticalAlertBanner';
import { useViewerQuery } from '../features/session/hooks/useViewerQuery';
import { ViewerContext } from '../features/session/ViewerContext';
import { AppHeader } from '../features/shell/components/AppHeader';
import { ErrorState } from '../ui/ErrorState';
import { describeError, errorCodeOf } from './apollo-client';

export const HEADER_HEIGHT = 56;

/**
 * The frame around every signed-in page: the header, and the page filling the rest of the window.
 * Pages render only once `viewer` has said who is signed in; without a session, the Apollo error
 * link sends the person to the sign-in page.
 */
export function AppLayout() {
  const { data, error, refetch } = useViewerQuery();
  const viewer = data?.viewer ?? null;

  let page;
  if (viewer) {
    page = <Outlet />;
  } else if (error && errorCodeOf(error) !== 'UNAUTHENTICATED') {
    page = (
      <Box pt={60}>
        <ErrorState
          title="Could not open Bedside"
          message={describeError(error).message}
          onRetry={() => void refetch()}
        />
      </Box>
    );
  } else {
    page = (
      <Center h="100%">
        <Loader size="sm" aria-label="Loading" />
      </Center>
    );
  }

  return (
    <ViewerContext value={viewer}>
      <Box h="100dvh" style={{ display: 'flex', flexDirection: 'column', minWidth: 1024 }}>
        <Box h={HEADER_HEIGHT} style={{ flexShrink: 0 }}>
          <AppHeader viewer={viewer} />
        </Box>
        {/* Critical alerts sit above every page, for everyone signed in. */}
        {viewer ? <CriticalAlertBanner /> : null}
        <Box
          component="main"
          style={{ flex: 1, minHeight: 0, display: 'flex', flexDirection: 'column' }}
        >
          {page}
        </Box>
      </Box>
    </ViewerContext>
  );
}
