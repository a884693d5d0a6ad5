import { Paper, SimpleGrid, Skeleton, Stack } from '@mantine/core';

/** The shape of the report while it loads: six numbers, then chart blocks. */
export function ReportSkeleton() {
  return (
    <Stack gap="lg" aria-busy aria-label="Loading the report" role="status">
      <SimpleGrid cols={{ base: 3, xl: 6 }} spacing="md">
        {Array.from({ length: 6 }, (_, index) => (
          <Paper key={index} withBorder p="md">
            <Skeleton h={10} w="60%" mb={10} />
            <Skeleton h={24} w="40%" mb={8} />
            <Skeleton h={10} w="70%" />
          </Paper>
        ))}
      </SimpleGrid>
      {Array.from({ length: 2 }, (_, index) => (
        <Paper key={index} withBorder p="md">
          <Skeleton h={14} w={180} mb="md" />
          <Skeleton h={240} />
        </Paper>
      ))}
    </Stack>
  );
}
