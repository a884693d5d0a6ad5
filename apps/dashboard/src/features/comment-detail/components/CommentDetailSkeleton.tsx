import { Group, Skeleton, Stack } from '@mantine/core';

/** Placeholder for the pane while the comment and its thread load. */
export function CommentDetailSkeleton() {
  return (
    <Stack gap="md" p="lg" role="status" aria-label="Loading comment">
      <Group gap="sm">
        <Skeleton height={20} circle />
        <Skeleton height={14} width="45%" />
      </Group>
      <Group gap={6}>
        {[84, 70, 96, 110, 60].map((width) => (
          <Skeleton key={width} height={24} width={width} radius="sm" />
        ))}
      </Group>
      <Skeleton height={70} radius="md" />
      <Skeleton height={140} radius="md" />
    </Stack>
  );
}
