import { Group, Skeleton, Stack } from '@mantine/core';

import { SURFACE } from '../../../app/theme';

const ROWS = 7;

/** Placeholder rows while the first page loads. */
export function InboxListSkeleton() {
  return (
    <Stack gap={0} aria-busy="true" aria-label="Loading comments" role="status">
      {Array.from({ length: ROWS }, (_, index) => (
        <Stack key={index} gap={8} p="md" style={{ borderBottom: `1px solid ${SURFACE.border}` }}>
          <Group justify="space-between">
            <Skeleton height={12} width={`${30 + ((index * 17) % 30)}%`} />
            <Skeleton height={10} width={60} />
          </Group>
          <Skeleton height={10} />
          <Skeleton height={10} width={`${55 + ((index * 13) % 35)}%`} />
          <Group gap={6}>
            <Skeleton height={16} width={52} radius="sm" />
            <Skeleton height={16} width={68} radius="sm" />
          </Group>
        </Stack>
      ))}
    </Stack>
  );
}
