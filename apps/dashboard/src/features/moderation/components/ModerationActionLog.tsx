import { Stack, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useState } from 'react';

import { describeError } from '../../../app/apollo-client';
import type { FragmentType } from '../../../gql';
import { EmptyState } from '../../../ui/EmptyState';
import { useUndoModerationAction } from '../hooks/useUndoModerationAction';
import { ModerationActionItem, type ModerationActionItemFragment } from './ModerationActionItem';

export interface ModerationActionLogProps {
  actions: readonly ({ id: string } & FragmentType<typeof ModerationActionItemFragment>)[];
  totalCount: number;
}

/** The latest automatic actions, newest first, each undoable in one click. */
export function ModerationActionLog({ actions, totalCount }: ModerationActionLogProps) {
  const { undo, error } = useUndoModerationAction();
  const [undoingId, setUndoingId] = useState<string | null>(null);

  if (actions.length === 0) {
    return (
      <EmptyState
        icon={<IconHistory size={26} />}
        title="No automatic actions yet"
        description="When a rule hides, holds or assigns a comment, it shows here with an Undo button."
        color="slate"
      />
    );
  }
  const undoOne = async (id: string) => {
    setUndoingId(id);
    await undo(id);
    setUndoingId(null);
  };
  return (
    <Stack gap="xs">
      {error ? (
        <Text size="sm" c="red" role="alert">
          Not undone: {describeError(error).message}
        </Text>
      ) : null}
      <Stack
        component="ol"
        gap={0}
        m={0}
        p={0}
        style={{ listStyle: 'none' }}
        aria-label="Recent automatic actions"
      >
        {actions.map((action) => (
          <ModerationActionItem
            key={action.id}
            action={action}
            isUndoing={undoingId === action.id}
            onUndo={(id) => void undoOne(id)}
          />
        ))}
      </Stack>
      {totalCount > actions.length ? (
        <Text size="xs" c="dimmed">
          Showing the {actions.length} newest of {totalCount.toLocaleString('en')} automatic
          actions; the audit page keeps them all.
        </Text>
      ) : null}
    </Stack>
  );
}
