import { Skeleton, Stack } from '@mantine/core';

/** Placeholder rows while the first page of cases loads. */
export function CasesListSkeleton() {
  return (
    <Stack gap="sm" p="md" aria-busy="true" aria-label="Loading cases">
      {Array.from({ length: 6 }, (_, index) => (
        <Skeleton key={index} h={44} radius="sm" />
      ))}
    </Stack>
  );
}
