import { Center, Loader } from '@mantine/core';

/**
 * What `/reports` shows while its code (with the charts library, loaded on first visit) arrives,
 * when the page is opened directly; the app shell around it is already there.
 */
export function ReportsLoading() {
  return (
    <Center h="100%">
      <Loader size="sm" aria-label="Loading" />
    </Center>
  );
}
