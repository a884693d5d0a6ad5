import { Button, Code, Stack, Text } from '@mantine/core';
import { IconDatabaseImport, IconInbox } from '@tabler/icons-react';

import { describeError } from '../../../app/apollo-client';
import { EmptyState } from '../../../ui/EmptyState';
import { useLoadSampleData } from '../hooks/useLoadSampleData';

/** The database holds no comments at all: explain, and offer the sample or an import. */
export function EmptyInbox() {
  const { loadSampleData, isLoading, error } = useLoadSampleData();
  return (
    <EmptyState
      icon={<IconInbox size={28} />}
      title="Your inbox is empty"
      description="Bedside gathers comments, reviews and replies from your hospital's channels into this one inbox. Nothing has arrived yet."
    >
      <Stack gap="sm" align="center">
        <Button
          leftSection={<IconDatabaseImport size={16} aria-hidden />}
          loading={isLoading}
          onClick={() => void loadSampleData()}
        >
          Load sample data
        </Button>
        {error ? (
          <Text size="sm" c="red" role="alert">
            {describeError(error).message}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed" ta="center">
          The sample is a fictional hospital with invented comments. To bring in your own, run{' '}
          <Code>npx bedside import FILE</Code> with a JSON, JSONL or CSV export.
        </Text>
      </Stack>
    </EmptyState>
  );
}
