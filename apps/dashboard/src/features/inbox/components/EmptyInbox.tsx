import { Button, Code, Stack, Text } from '@mantine/core';
import { IconDatabaseImport, IconInbox } from '@tabler/icons-react';

import { describeError } from '../../../app/apollo-client';
import { EmptyState } from '../../../ui/EmptyState';
import { useViewerCan } from '../../session/ViewerContext';
import { useLoadSampleData } from '../hooks/useLoadSampleData';

/**
 * The database holds no comments at all: explain, and offer the sample (to managers and admins,
 * who may load it) or an import.
 */
export function EmptyInbox() {
  const canManageSample = useViewerCan('manager');
  const { loadSampleData, isLoading, error } = useLoadSampleData();
  return (
    <EmptyState
      icon={<IconInbox size={28} />}
      title="Your inbox is empty"
      description="Bedside gathers comments, reviews and replies from your hospital's channels into this one inbox. Nothing has arrived yet."
    >
      <Stack gap="sm" align="center">
        {canManageSample ? (
          <Button
            leftSection={<IconDatabaseImport size={16} aria-hidden />}
            loading={isLoading}
            onClick={() => void loadSampleData()}
          >
            Load sample data
          </Button>
        ) : null}
        {error ? (
          <Text size="sm" c="red" role="alert">
            {describeError(error).message}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed" ta="center">
          {canManageSample
            ? 'The sample is a fictional hospital with invented comments. '
            : 'A manager or admin can load a sample: a fictional hospital with invented comments. '}
          To bring in your own, run <Code>npx bedside import FILE</Code> with a JSON, JSONL or CSV
          export.
        </Text>
      </Stack>
    </EmptyState>
  );
}
